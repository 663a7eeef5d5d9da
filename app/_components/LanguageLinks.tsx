import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';

/** The same page in another language: its address and language. */
export interface TranslationLink {
  language: Language;
  href: string;
}

/**
 * "Español" on an English page that has a Spanish translation (and "English" on the Spanish one):
 * the language's own name, marked as that language for screen readers (`lang`) and for search
 * engines and browsers (`hreflang`). Nothing when the page has no translation.
 */
export function LanguageLinks({ links = [] }: { links?: readonly TranslationLink[] }) {
  if (links.length === 0) return null;
  return (
    <p className="language-links">
      {links.map((link) => {
        const words = dictionary(link.language);
        return (
          <a key={link.language} href={link.href} hrefLang={words.htmlLang} lang={words.htmlLang}>
            {words.languageName}
          </a>
        );
      })}
    </p>
  );
}
