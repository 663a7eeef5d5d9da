import { telHref } from '@/lib/editorial/clinic';

/**
 * How to reach the clinic, after an article's crisis resources and never above them: its phone as a
 * `tel:` link and its booking address as a plain link (no widget, pixel or script; docs/ARCHITECTURE.md
 * "Clinic pages"). `rel="noreferrer"`: the booking system is not told which article the reader came
 * from. Left out when neither is set.
 */
export function ClinicContact({ name, telephone, bookingUrl }: { name: string; telephone?: string; bookingUrl?: string }) {
  const tel = telephone ? telHref(telephone) : null;
  if (!tel && !bookingUrl) return null;
  return (
    <aside className="clinic-contact" aria-labelledby="clinic-contact-heading">
      <h2 id="clinic-contact-heading">Talk with {name}</h2>
      <ul>
        {tel ? (
          <li>
            Call <a href={tel}>{telephone}</a>
          </li>
        ) : null}
        {bookingUrl ? (
          <li>
            <a href={bookingUrl} rel="noreferrer">
              Request an appointment
            </a>
          </li>
        ) : null}
      </ul>
    </aside>
  );
}
