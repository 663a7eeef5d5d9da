import { findingText, type FieldFinding } from '@/lib/editorial/findings';
import * as rules from '@/lib/editorial/rules';

/** What the Studio shows for a field rule: its finding's text, or nothing. */
const text =
  <T>(rule: (value: T) => FieldFinding | undefined) =>
  (value: T) => {
    const finding = rule(value);
    return finding ? findingText(finding) : undefined;
  };
const excerptProblem = text(rules.excerptFinding);
const imageAltProblem = text(rules.imageAltFinding);
const linkProblem = text(rules.linkFinding);
const citationAuthorsProblem = text(rules.citationAuthorsFinding);
const doiWarning = text(rules.doiFinding);
const slugProblem = text(rules.slugFinding);
import { formatAuthorName } from '@/lib/editorial/people';

describe('editorial rules shared with the Studio', () => {
  it('excerpt: 50–200 characters', () => {
    expect(excerptProblem('x'.repeat(50))).toBeUndefined();
    expect(excerptProblem('x'.repeat(200))).toBeUndefined();
    expect(excerptProblem('Too short')).toMatch(/9 characters; write at least 50/);
    expect(excerptProblem('x'.repeat(201))).toMatch(/201 characters; keep it to 200/);
    expect(excerptProblem(undefined)).toMatch(/Write an excerpt/);
  });

  it('alt text is required only when an image is set', () => {
    expect(imageAltProblem(undefined)).toBeUndefined();
    expect(imageAltProblem({})).toBeUndefined();
    expect(imageAltProblem({ asset: { _ref: 'image-abc' }, alt: 'A nurse at the desk' })).toBeUndefined();
    expect(imageAltProblem({ asset: { _ref: 'image-abc' } })).toMatch(/alt text/);
    expect(imageAltProblem({ asset: { _ref: 'image-abc' }, alt: '   ' })).toMatch(/alt text/);
  });

  it('links go through the one policy', () => {
    expect(linkProblem('https://988lifeline.org')).toBeUndefined();
    expect(linkProblem('javascript:alert(1)')).toMatch(/not an allowed link/);
  });

  it('a citation names at least one author, each with a family name', () => {
    expect(citationAuthorsProblem([{ family: 'Ballard' }])).toBeUndefined();
    expect(citationAuthorsProblem([])).toMatch(/at least one author/);
    expect(citationAuthorsProblem(undefined)).toMatch(/at least one author/);
    expect(citationAuthorsProblem([{ family: 'Ballard' }, { given: 'E. D.' }])).toMatch(/Author 2 has no family name/);
  });

  it('DOI: a pasted link is asked to be bare; a strange shape is a warning', () => {
    expect(doiWarning('10.1016/j.biopsych.2018.08.012')).toBeUndefined();
    expect(doiWarning(undefined)).toBeUndefined();
    expect(doiWarning('https://doi.org/10.1016/j.biopsych.2018.08.012')).toMatch(/bare DOI "10.1016\/j.biopsych.2018.08.012"/);
    expect(doiWarning('12345')).toMatch(/does not look like a DOI/);
  });

  it('slugs are what the site can serve as an address', () => {
    expect(slugProblem('how-ketamine-assisted-psychotherapy-helps-reduce-suicidality')).toBeUndefined();
    expect(slugProblem('über-ketamin')).toMatch(/cannot be a web address.*"uber-ketamin"/);
    expect(slugProblem('ketamine-101.intro')).toMatch(/"ketamine-101-intro"/);
    expect(slugProblem('../etc')).toMatch(/cannot be a web address/);
    expect(slugProblem('')).toMatch(/Generate or type a slug/);
  });

  it('credentials follow the name', () => {
    expect(formatAuthorName({ name: 'Katie Coon', credentials: ['BSN', 'RN'] })).toBe('Katie Coon, BSN, RN');
    expect(formatAuthorName({ name: 'Ana Ruiz' })).toBe('Ana Ruiz');
  });
});
