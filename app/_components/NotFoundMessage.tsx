import { href } from '@/lib/routes';

export function NotFoundMessage() {
  return (
    <>
      <h1 className="page-title">We could not find that page</h1>
      <p>The page may have moved, or the address may be mistyped.</p>
      <p>
        <a href={href('home')}>Go to the latest articles</a>
      </p>
    </>
  );
}
