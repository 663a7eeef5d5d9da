/** The draft-mode exit never sends a reader to another site, however the redirect is written. */
import { siteRedirectPath } from '@/lib/content/draft-mode';

const ORIGIN = 'https://clinic.example';

describe('siteRedirectPath', () => {
  it.each([
    ['/blog/kap', '/blog/kap'],
    ['/blog/kap?x=1#references', '/blog/kap?x=1#references'],
    ['blog/kap', '/blog/kap'],
    ['/', '/'],
    ['https://clinic.example/authors/katie', '/authors/katie'],
  ])('keeps %s on the site as %s', (input, expected) => {
    expect(siteRedirectPath(input, ORIGIN)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '//evil.example/blog/kap',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    'https://evil.example',
    'http://clinic.example/blog', // another scheme is another origin
    'https://clinic.example.evil.example/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    ' //evil.example',
    '\t//evil.example',
    '/%2F%2Fevil.example',
  ])('sends %j to a path on the site', (input) => {
    const target = siteRedirectPath(input, ORIGIN);
    expect(target.startsWith('/')).toBe(true);
    expect(target.startsWith('//')).toBe(false);
    expect(new URL(target, `${ORIGIN}/`).origin).toBe(ORIGIN);
  });

  it('lands on / for what resolves off site', () => {
    for (const input of ['//evil.example', '/\\evil.example', 'https://evil.example', '\\\\evil.example', 'javascript:alert(1)']) {
      expect(siteRedirectPath(input, ORIGIN)).toBe('/');
    }
  });

  it('lands on / without a redirect', () => {
    expect(siteRedirectPath(null, ORIGIN)).toBe('/');
    expect(siteRedirectPath('', ORIGIN)).toBe('/');
  });
});
