import type { ClinicLocation } from '@/lib/content';
import { formatDays, formatTime } from '@/lib/editorial/clinic';
import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';

/** Opening hours in words: "Monday–Friday: 9 a.m. to 5 p.m.", "lunes a viernes: 9 a. m. a 5 p. m.". */
export function OpeningHoursList({ hours, language }: { hours: ClinicLocation['openingHours']; language: Language }) {
  if (hours.length === 0) return null;
  const to = dictionary(language).locations.to;
  return (
    <ul className="opening-hours">
      {hours.map((h, i) => (
        <li key={i}>
          {formatDays(h.days, language)}: <time dateTime={h.opens}>{formatTime(h.opens, language)}</time> {to}{' '}
          <time dateTime={h.closes}>{formatTime(h.closes, language)}</time>
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
