import { claimFindings, claimFindingsIn, uncitedPercentageFindings } from '@/lib/editorial/claims';
import { block, SEED_POST_ID, seedDoc } from '../fixtures/datasets';

const lint = (text: string) => claimFindingsIn([{ path: ['body', { _key: 'p1' }], text }]);
const messages = (text: string) =>
  lint(text)
    .map((f) => f.message)
    .join('\n');

describe('claims patients may act on', () => {
  it.each([
    ['Ketamine is a guaranteed cure for depression.', [/"guaranteed"/, /"cure"/]],
    ['KAP cures depression.', [/"cures"/]],
    ['We guarantee results.', [/"guarantee"/]],
    ['It works 100% of the time.', [/"100%"/]],
    ['Ketamine is non-addictive.', [/"non-addictive": ketamine can be misused/]],
    ['Ketamine is FDA-approved for depression.', [/"FDA-approved" said of ketamine/]],
    ['Ketamine-assisted therapy is approved by the FDA.', [/said of ketamine/]],
  ])('%s', (text, expected) => {
    const found = lint(text);
    expect(found).toHaveLength(expected.length);
    for (const pattern of expected) expect(messages(text)).toMatch(pattern);
    expect(found.every((f) => f.level === 'warning' && f.suggestion)).toBe(true);
  });

  it.each([
    'KAP is not a cure, but it can help.',
    'There is no guarantee of relief.',
    'Esketamine (Spravato) is FDA-approved for treatment-resistant depression.',
    'Ketamine is not FDA-approved for depression; esketamine is.',
    'Ketamine is FDA-approved as an anesthetic and used off-label for depression.',
    'Ketamine is used off-label. Esketamine is FDA-approved.', // the claim and its subject are in different sentences
    'Guarantors sign the form.', // whole words only
    'Procure the forms at the front desk.',
  ])('not: %s', (text) => {
    expect(lint(text)).toEqual([]);
  });

  it('the suggestion names esketamine for an FDA claim', () => {
    expect(lint('Ketamine is FDA approved.')[0].suggestion).toMatch(/off-label.*esketamine \(Spravato\)/);
  });
});

describe('a percentage needs a citation in the same paragraph', () => {
  const cited = block('c1', 'About 60% of patients responded.', {
    markDefs: [{ _type: 'citationRef', _key: 'r1', citation: { _type: 'reference', _ref: 'citation-wilkinson-2018' } }],
    children: [
      { _type: 'span', _key: 'a', text: 'About 60% of patients responded', marks: [] },
      { _type: 'span', _key: 'b', text: '.', marks: ['r1'] },
    ],
  });

  it('warns on an uncited figure, naming it', () => {
    const [finding] = uncitedPercentageFindings([block('p1', 'About 60% of patients responded, and 12.5 percent relapsed.')]);
    expect(finding).toMatchObject({ level: 'warning', path: ['body', { _key: 'p1' }] });
    expect(finding.message).toMatch(/"60%", "12.5 percent"/);
    expect(finding.suggestion).toMatch(/inline citation/);
  });

  it('accepts a cited figure, and leaves 100% to its own rule', () => {
    expect(uncitedPercentageFindings([cited])).toEqual([]);
    expect(uncitedPercentageFindings([block('p1', 'It works 100% of the time.')])).toEqual([]);
    expect(uncitedPercentageFindings([block('p1', 'Within 24 hours of treatment.')])).toEqual([]);
  });
});

it('title and excerpt are read as well as the body', () => {
  const found = claimFindings({ title: 'A guaranteed cure', excerpt: 'Ketamine is non-addictive and safe for everyone.', body: [] });
  expect(found.map((f) => f.path[0])).toEqual(['title', 'title', 'excerpt']);
});

it('the seed article makes no such claims', () => {
  expect(claimFindings(seedDoc(SEED_POST_ID))).toEqual([]);
});
