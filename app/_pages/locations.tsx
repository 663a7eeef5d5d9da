import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocation, getLocations, getSiteChrome } from '@/lib/content';
import { otherLanguages } from '@/lib/content/translations';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { locationJsonLd, locationsJsonLd } from '@/lib/seo/jsonld';
import { everyLanguage, locationMetadata, pageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { Breadcrumb } from '../_components/Breadcrumb';
import { ClinicContact } from '../_components/ClinicContact';
import { JsonLd } from '../_components/JsonLd';
import { LanguageLinks } from '../_components/LanguageLinks';
import { LocationAddress, OpeningHoursList } from '../_components/LocationView';
import { fitHeading } from '../_components/fit';

/** Every clinic location, in one language's words; a site without any has no such page. */
export function locationsRoute(language: Language) {
  const paths = everyLanguage((l) => href('locations', {}, l));

  async function generateMetadata(): Promise<Metadata> {
    const words = dictionary(language).locations;
    return pageMetadata(await getSiteIdentity(language), {
      path: href('locations', {}, language),
      title: words.title,
      description: words.description,
      translations: paths,
    });
  }

  async function LocationsPage() {
    const [locations, site] = await Promise.all([getLocations(), getSiteIdentity(language)]);
    if (locations.length === 0) notFound();
    const words = dictionary(language);
    return (
      <>
        <JsonLd data={locationsJsonLd(locations, site)} />
        <LanguageLinks links={otherLanguages(paths, language)} />
        <Breadcrumb label={words.breadcrumb.label} items={[{ href: href('home', {}, language), label: words.breadcrumb.home }]} />
        <h1>{words.locations.title}</h1>
        <ul className="location-list">
          {locations.map((location) => (
            <li key={location._id}>
              <h2>
                <a href={href('location', { slug: location.slug }, language)}>{location.name}</a>
              </h2>
              <LocationAddress address={location.address} />
            </li>
          ))}
        </ul>
      </>
    );
  }

  return { generateMetadata, LocationsPage };
}

type Props = { params: Promise<{ slug: string }> };

/**
 * A clinic: where it is, when it is open, what it offers, how to call and how to book. Only what the
 * clinic has set is shown; ClinicContact points a reader in crisis to help before the booking link.
 * A location added after the build renders on its first request; unknown slugs answer 404.
 */
export function locationRoute(language: Language) {
  async function generateStaticParams() {
    return (await getLocations()).map((location) => ({ slug: location.slug }));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const location = await getLocation((await params).slug);
    if (!location) return { title: dictionary(language).notFound.title };
    return locationMetadata(await getSiteIdentity(language), location);
  }

  async function LocationPage({ params }: Props) {
    const location = await getLocation((await params).slug);
    if (!location) notFound();
    const [site, { settings }] = await Promise.all([getSiteIdentity(language), getSiteChrome(language)]);
    const words = dictionary(language);
    // The location's own booking address wins over the clinic's (content contract v2).
    const bookingUrl = location.bookingUrl ?? settings.organization?.bookingUrl;
    const paths = everyLanguage((l) => href('location', { slug: location.slug }, l));
    return (
      <>
        <JsonLd data={locationJsonLd(location, site)} />
        <LanguageLinks links={otherLanguages(paths, language)} />
        <Breadcrumb
          label={words.breadcrumb.label}
          items={[
            { href: href('home', {}, language), label: words.breadcrumb.home },
            { href: href('locations', {}, language), label: words.locations.title },
          ]}
        />
        <article className="location">
          <h1 style={fitHeading(location.name)}>{location.name}</h1>
          <section aria-labelledby="visit">
            <h2 id="visit">{words.locations.address}</h2>
            <LocationAddress address={location.address} />
            {/* A number that cannot be dialled is shown as written, without a link. */}
            {location.telephone && !location.telHref ? (
              <p className="location-phone">
                {words.locations.phone}: {location.telephone}
              </p>
            ) : null}
            {location.acceptingNewPatients !== undefined ? (
              <p>{location.acceptingNewPatients ? words.locations.acceptingNewPatients : words.locations.notAcceptingNewPatients}</p>
            ) : null}
          </section>
          {location.openingHours.length > 0 ? (
            <section aria-labelledby="hours">
              <h2 id="hours">{words.locations.openingHours}</h2>
              <OpeningHoursList hours={location.openingHours} language={language} />
            </section>
          ) : null}
          {location.services.length > 0 ? (
            <section aria-labelledby="services">
              <h2 id="services">{words.locations.services}</h2>
              <ul>
                {location.services.map((service) => (
                  <li key={service}>{service}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <ClinicContact
            name={location.name}
            telephone={location.telephone}
            telHref={location.telHref}
            bookingUrl={bookingUrl}
            words={words.contact}
          />
        </article>
      </>
    );
  }

  return { generateStaticParams, generateMetadata, LocationPage };
}
