import type { CrisisResources as Crisis } from '@/lib/content';
import { SafeLink } from './SafeLink';

/** The full block, at the end of articles that discuss suicide. */
export function CrisisResources({ crisis, id }: { crisis: Crisis; id?: string }) {
  return (
    <aside className="crisis" aria-labelledby={id ?? 'crisis-heading'} id={id ? undefined : 'crisis-resources'}>
      <h2 id={id ?? 'crisis-heading'}>{crisis.heading}</h2>
      <p>{crisis.message}</p>
      {crisis.actions.length > 0 ? (
        <ul className="crisis-actions">
          {crisis.actions.map((action) => (
            <li key={`${action.href}-${action.label}`}>
              <SafeLink href={action.href}>{action.label}</SafeLink>
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}

/** The compact line in the footer of every page: the heading and every action. */
export function CrisisLine({ crisis }: { crisis: Crisis }) {
  return (
    <section className="crisis-line" aria-label={crisis.heading}>
      <strong>{crisis.heading}:</strong>{' '}
      {crisis.actions.length > 0
        ? crisis.actions.map((action, i) => (
            <span key={`${action.href}-${action.label}`}>
              {i > 0 ? ' · ' : null}
              <SafeLink href={action.href}>{action.label}</SafeLink>
            </span>
          ))
        : crisis.message}
    </section>
  );
}
