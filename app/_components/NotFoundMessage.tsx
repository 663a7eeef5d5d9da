import { dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { href } from '@/lib/routes';
import { fitHeading } from './fit';

/** What a reader who followed a dead link reads, in the language of the address. */
export function NotFoundMessage({ language }: { language: Language }) {
  const words = dictionary(language).notFound;
  return (
    <>
      <h1 className="page-title" style={fitHeading(words.heading)}>
        {words.heading}
      </h1>
      <p>{words.body}</p>
      <p>
        <a href={href('home', {}, language)}>{words.home}</a>
      </p>
    </>
  );
}
