import { describeHrefProblem, isAllowedHref } from '@/lib/editorial/href';
import { BUILT_IN_CRISIS } from '@/lib/content/crisis';

describe('isAllowedHref: the one link policy', () => {
  it.each([
    'https://988lifeline.org/chat/',
    'http://example.org/a?b=c#d',
    'mailto:care@clinic.example',
    'tel:988',
    'tel:+1-210-555-0100',
    'sms:988?body=AYUDA',
    '/blog/how-ketamine-assisted-psychotherapy-helps-reduce-suicidality',
    '/',
    '#references',
  ])('allows %s', (href) => {
    expect(isAllowedHref(href)).toBe(true);
    expect(describeHrefProblem(href)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    [' javascript:alert(1)'],
    ['\tjavascript:alert(1)'],
    ['java\u0000script:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001https://example.org'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['HTTPS://example.org'],
    ['https://'],
    ['ftp://example.org/file'],
    ['file:///etc/passwd'],
    ['example.org'],
    ['#'],
    [''],
    [' https://example.org'],
    ['https://exa mple.org'],
  ])('refuses %j', (href) => {
    expect(isAllowedHref(href)).toBe(false);
    expect(describeHrefProblem(href)).toEqual(expect.any(String));
  });

  it('refuses values that are not strings', () => {
    expect(isAllowedHref(undefined)).toBe(false);
    expect(isAllowedHref(null)).toBe(false);
    expect(isAllowedHref({ href: 'https://example.org' })).toBe(false);
  });

  it('tells the editor what is allowed', () => {
    expect(describeHrefProblem('javascript:alert(1)')).toMatch(/not an allowed link.*https:\/\/.*tel:.*"\/"/);
    expect(describeHrefProblem(' https://example.org')).toMatch(/space/);
  });
});

describe('the built-in crisis text', () => {
  // The crisis line renders its hrefs unchecked (CheckedLink): content hrefs are checked at the zod
  // boundary, and these must pass the same policy.
  it.each(BUILT_IN_CRISIS.actions.map((a) => [a.label, a.href]))('%s (%s) is an allowed link', (_label, href) => {
    expect(isAllowedHref(href)).toBe(true);
  });
});
