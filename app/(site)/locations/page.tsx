import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocations } from '@/lib/content';
import { href } from '@/lib/routes';
import { locationsJsonLd } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSiteIdentity } from '@/lib/seo/site';
import { Breadcrumb } from '../../_components/Breadcrumb';
import { JsonLd } from '../../_components/JsonLd';
import { LocationAddress } from '../../_components/LocationView';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteIdentity(), {
    path: href('locations'),
    title: 'Locations',
    description: 'Where to find the clinic: addresses, phone numbers and opening hours.',
  });
}

/** Every clinic location; a site without any has no such page. */
export default async function LocationsPage() {
  const [locations, site] = await Promise.all([getLocations(), getSiteIdentity()]);
  if (locations.length === 0) notFound();
  return (
    <>
      <JsonLd data={locationsJsonLd(locations, site)} />
      <Breadcrumb items={[{ href: href('home'), label: 'Home' }]} />
      <h1>Locations</h1>
      <ul className="location-list">
        {locations.map((location) => (
          <li key={location._id}>
            <h2>
              <a href={href('location', { slug: location.slug })}>{location.name}</a>
            </h2>
            <LocationAddress address={location.address} />
          </li>
        ))}
      </ul>
    </>
  );
}
