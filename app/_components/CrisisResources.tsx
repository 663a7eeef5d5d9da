import type { CrisisResources as Crisis } from '@/lib/content';
import { crisisLeadIn } from '@/lib/content/crisis';
import type { Language } from '@/lib/i18n/languages';
import { CheckedLink } from './CheckedLink';
import { fitHeading } from './fit';

/** `lang` for a label in another language than the page's ("En español: envíe AYUDA al 988" on an English page). */
const otherLanguage = (action: Crisis['actions'][number], page: Language) =>
  action.language && action.language !== page ? action.language : undefined;

/** Every way to reach help, one target each (the full block and the footer). */
function CrisisActions({ actions, className, language }: { actions: Crisis['actions']; className: string; language: Language }) {
  if (actions.length === 0) return null;
  return (
    <ul className={className}>
      {actions.map((action) => (
        <li key={`${action.href}-${action.label}`}>
          <CheckedLink href={action.href} lang={otherLanguage(action, language)}>
            {action.label}
          </CheckedLink>
        </li>
      ))}
    </ul>
  );
}

/** The full block, at the end of articles that discuss suicide. */
export function CrisisResources({ crisis, language }: { crisis: Crisis; language: Language }) {
  return (
    <aside className="crisis" aria-labelledby="crisis-heading" id="crisis-resources">
      <h2 id="crisis-heading" style={fitHeading(crisis.heading)}>
        {crisis.heading}
      </h2>
      <p>{crisis.message}</p>
      <CrisisActions actions={crisis.actions} className="crisis-actions" language={language} />
    </aside>
  );
}

/**
 * Near the top of an article that discusses suicide: the first two ways to reach help, and a link
 * to the full block, where a reader in crisis meets it before the first paragraph.
 */
export function CrisisCallout({ crisis, language, moreWays }: { crisis: Crisis; language: Language; moreWays: string }) {
  const first = crisis.actions.slice(0, 2);
  return (
    <p className="crisis-callout">
      <strong>{crisisLeadIn(crisis.heading)}</strong>{' '}
      {first.length > 0
        ? first.map((action) => (
            <span key={`${action.href}-${action.label}`}>
              <CheckedLink href={action.href} className="crisis-action" lang={otherLanguage(action, language)}>
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
export function CrisisLine({ crisis, language }: { crisis: Crisis; language: Language }) {
  return (
    <section className="crisis-line" id="crisis-line" aria-labelledby="crisis-line-heading">
      <p className="crisis-line-heading">
        <strong id="crisis-line-heading">{crisis.heading}</strong>
      </p>
      <p>{crisis.message}</p>
      <CrisisActions actions={crisis.actions} className="crisis-line-actions" language={language} />
    </section>
  );
}
