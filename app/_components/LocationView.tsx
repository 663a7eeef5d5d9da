import type { ClinicLocation } from '@/lib/content';
import { formatDays, formatTime } from '@/lib/editorial/clinic';

/** Opening hours in words: "Monday–Friday: 9 a.m. to 5 p.m.". */
export function OpeningHoursList({ hours }: { hours: ClinicLocation['openingHours'] }) {
  if (hours.length === 0) return null;
  return (
    <ul className="opening-hours">
      {hours.map((h, i) => (
        <li key={i}>
          {formatDays(h.days)}: <time dateTime={h.opens}>{formatTime(h.opens)}</time> to{' '}
          <time dateTime={h.closes}>{formatTime(h.closes)}</time>
        </li>
      ))}
    </ul>
  );
}

/** The postal address, as on an envelope. */
export function LocationAddress({ address }: { address: ClinicLocation['address'] }) {
  return (
    <address className="location-address">
      {address.streetAddress}
      <br />
      {address.addressLocality}, {address.addressRegion} {address.postalCode}
    </address>
  );
}
