import type { CrisisResources as Crisis } from '@/lib/content';
import { crisisLeadIn } from '@/lib/content/crisis';
import { CheckedLink } from './CheckedLink';
import { fitHeading } from './fit';

/**
 * Every way to reach help, one target each (the full block and the footer). A label in another
 * language than its block's carries that language ("En español: envíe AYUDA al 988" on an English
 * page: lib/content/crisis.ts), and is marked for screen readers.
 */
function CrisisActions({ actions, className }: { actions: Crisis['actions']; className: string }) {
  if (actions.length === 0) return null;
  return (
    <ul className={className}>
      {actions.map((action) => (
        <li key={`${action.href}-${action.label}`}>
          <CheckedLink href={action.href} lang={action.language}>
            {action.label}
          </CheckedLink>
        </li>
      ))}
    </ul>
  );
}

/** The full block, at the end of articles that discuss suicide. */
export function CrisisResources({ crisis }: { crisis: Crisis }) {
  return (
    <aside className="crisis" aria-labelledby="crisis-heading" id="crisis-resources">
      <h2 id="crisis-heading" style={fitHeading(crisis.heading)}>
        {crisis.heading}
      </h2>
      <p>{crisis.message}</p>
      <CrisisActions actions={crisis.actions} className="crisis-actions" />
    </aside>
  );
}

/**
 * Near the top of an article that discusses suicide: the first two ways to reach help, and a link
 * to the full block, where a reader in crisis meets it before the first paragraph.
 */
export function CrisisCallout({ crisis, moreWays }: { crisis: Crisis; moreWays: string }) {
  const first = crisis.actions.slice(0, 2);
  return (
    <p className="crisis-callout">
      <strong>{crisisLeadIn(crisis.heading)}</strong>{' '}
      {first.length > 0
        ? first.map((action) => (
            <span key={`${action.href}-${action.label}`}>
              <CheckedLink href={action.href} className="crisis-action" lang={action.language}>
                {action.label}
              </CheckedLink>{' '}
            </span>
          ))
        : crisis.message}{' '}
      <a href="#crisis-resources">{moreWays}</a>
    </p>
  );
}

/**
 * The crisis resources in the footer of every page, whole: the heading, the message and every action,
 * so that the header's "Get help now", in the first screen of any page at any text size, lands on
 * all of them. The article's own block (CrisisResources) stays where the text ends.
 */
export function CrisisLine({ crisis }: { crisis: Crisis }) {
  return (
    <section className="crisis-line" id="crisis-line" aria-labelledby="crisis-line-heading">
      <p className="crisis-line-heading">
        <strong id="crisis-line-heading">{crisis.heading}</strong>
      </p>
      <p>{crisis.message}</p>
      <CrisisActions actions={crisis.actions} className="crisis-line-actions" />
    </section>
  );
}
