import { href } from '@/lib/routes';
import { fitHeading } from './fit';

export function NotFoundMessage() {
  return (
    <>
      <h1 className="page-title" style={fitHeading('We could not find that page')}>
        We could not find that page
      </h1>
      <p>The page may have moved, or the address may be mistyped.</p>
      <p>
        <a href={href('home')}>Go to the latest articles</a>
      </p>
    </>
  );
}
