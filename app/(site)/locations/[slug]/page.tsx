import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocation, getLocations, getSiteChrome } from '@/lib/content';
import { href } from '@/lib/routes';
import { locationJsonLd } from '@/lib/seo/jsonld';
import { locationMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { fitHeading } from '@/app/_components/fit';
import { Breadcrumb } from '../../../_components/Breadcrumb';
import { JsonLd } from '../../../_components/JsonLd';
import { ClinicContact } from '../../../_components/ClinicContact';
import { LocationAddress, OpeningHoursList } from '../../../_components/LocationView';

type Props = { params: Promise<{ slug: string }> };

// A location added after the build renders on its first request; unknown slugs answer 404 (see
// blog/[slug]/page.tsx).
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getLocations()).map((location) => ({ slug: location.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const location = await getLocation((await params).slug);
  if (!location) return { title: 'Page not found' };
  return locationMetadata(await getSiteIdentity(), location);
}

/**
 * A clinic: where it is, when it is open, what it offers, how to call and how to book. Only what the
 * clinic has set is shown; ClinicContact points a reader in crisis to help before the booking link.
 */
export default async function LocationPage({ params }: Props) {
  const location = await getLocation((await params).slug);
  if (!location) notFound();
  const [site, { settings }] = await Promise.all([getSiteIdentity(), getSiteChrome()]);
  // The location's own booking address wins over the clinic's (content contract v2).
  const bookingUrl = location.bookingUrl ?? settings.organization?.bookingUrl;
  return (
    <>
      <JsonLd data={locationJsonLd(location, site)} />
      <Breadcrumb
        items={[
          { href: href('home'), label: 'Home' },
          { href: href('locations'), label: 'Locations' },
        ]}
      />
      <article className="location">
        <h1 style={fitHeading(location.name)}>{location.name}</h1>
        <section aria-labelledby="visit">
          <h2 id="visit">Address</h2>
          <LocationAddress address={location.address} />
          {/* A number that cannot be dialled is shown as written, without a link. */}
          {location.telephone && !location.telHref ? <p className="location-phone">Phone: {location.telephone}</p> : null}
          {location.acceptingNewPatients !== undefined ? (
            <p>{location.acceptingNewPatients ? 'Accepting new patients.' : 'Not accepting new patients at the moment.'}</p>
          ) : null}
        </section>
        {location.openingHours.length > 0 ? (
          <section aria-labelledby="hours">
            <h2 id="hours">Opening hours</h2>
            <OpeningHoursList hours={location.openingHours} />
          </section>
        ) : null}
        {location.services.length > 0 ? (
          <section aria-labelledby="services">
            <h2 id="services">Services</h2>
            <ul>
              {location.services.map((service) => (
                <li key={service}>{service}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <ClinicContact name={location.name} telephone={location.telephone} telHref={location.telHref} bookingUrl={bookingUrl} />
      </article>
    </>
  );
}
