import { linkFindings, linkedText } from '@/lib/editorial/links';
import { formatPath } from '@/lib/editorial/findings';
import { block } from '../fixtures/datasets';

const linked = (href: string) =>
  block('p1', '', {
    markDefs: [{ _type: 'link', _key: 'l1', href }],
    children: [
      { _type: 'span', _key: 'a', text: 'Fill in ', marks: [] },
      { _type: 'span', _key: 'b', text: 'our intake form', marks: ['l1'] },
    ],
  });

it('a refused link is an error on its href, naming the linked words', () => {
  const [finding] = linkFindings([linked('javascript:alert(1)')], ['body']);
  expect(finding.level).toBe('error');
  expect(formatPath(finding.path)).toBe('body[_key=="p1"].markDefs[_key=="l1"].href');
  expect(finding.message).toMatch(/^The link on "our intake form": "javascript:alert\(1\)" is not an allowed link/);
  expect(finding.suggestion).toMatch(/https:\/\//);
});

it.each(['data:text/html,<script>alert(1)</script>', 'JavaScript:alert(1)', ' https://example.org', '//evil.example'])(
  'refused: %s',
  (href) => {
    expect(linkFindings([linked(href)], ['body'])).toHaveLength(1);
  },
);

it.each(['https://988lifeline.org', '/blog/other', 'tel:988', 'mailto:care@example.org', '#references'])('allowed: %s', (href) => {
  expect(linkFindings([linked(href)], ['body'])).toEqual([]);
});

it('finds the linked words from the block and annotation keys', () => {
  expect(linkedText([linked('x')], 'p1', 'l1')).toBe('our intake form');
  expect(linkedText([linked('x')], 'p1', 'missing')).toBe('');
});
