/**
 * How to reach the clinic: after an article's crisis resources and never above them, and on a
 * location's page. First a line pointing a reader in crisis to help (an appointment is not for a
 * crisis), then the phone as a `tel:` link and the booking address as a plain link: no widget, pixel
 * or script (docs/ARCHITECTURE.md, "Clinic pages"). `rel="noreferrer"`: the booking system is not
 * told which page the reader came from. Left out when there is neither a number to dial nor a
 * booking address.
 */
import type { Dictionary } from '@/lib/i18n/dictionary';

export function ClinicContact({
  name,
  telephone,
  telHref,
  bookingUrl,
  words,
}: {
  words: Dictionary['contact'];
  name: string;
  telephone?: string;
  /** The phone as a link, when it can be dialled (parsed at the boundary). */
  telHref?: string;
  bookingUrl?: string;
}) {
  if (!telHref && !bookingUrl) return null;
  return (
    <aside className="clinic-contact" aria-labelledby="clinic-contact-heading">
      <h2 id="clinic-contact-heading">{words.talkWith(name)}</h2>
      <p className="clinic-crisis-note">
        {words.crisisNoteBefore} <a href="#crisis-line">{words.crisisNoteLink}</a>.
      </p>
      <ul>
        {telHref ? (
          <li>
            {words.call} <a href={telHref}>{telephone}</a>
          </li>
        ) : null}
        {bookingUrl ? (
          <li>
            <a href={bookingUrl} rel="noreferrer">
              {words.requestAppointment}
            </a>
          </li>
        ) : null}
      </ul>
    </aside>
  );
}
