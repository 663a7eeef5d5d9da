import {
  crisisSupportFinding,
  crisisTopicsIn,
  describesMethod,
  discussesSuicide,
  needsCrisisResources,
  languageFindings,
  safeMessagingFindings,
  suicideTermsIn,
} from '@/lib/editorial/safe-messaging';
import { formatPath } from '@/lib/editorial/findings';
import { block, SEED_POST_ID, seedDoc } from '../fixtures/datasets';

const post = (text: string, extra: Record<string, unknown> = {}) => ({
  title: 'A title',
  excerpt: 'An excerpt.',
  body: [block('p1', text)],
  ...extra,
});

describe('what counts as discussing suicide or self-harm', () => {
  it.each([
    ['Her brother died by suicide.', ['suicide']],
    ['Suicidal thoughts can pass.', ['Suicidal']],
    ['Suicidality is urgent.', ['Suicidality']],
    ['Teens who self-harm need care.', ['self-harm']],
    ['Self harm is common.', ['Self harm']],
    ['He said he wanted to kill himself.', ['kill himself']],
    ['She thought about ending her own life.', ['thought about ending her own life']],
  ])('%s', (text, terms) => {
    expect(suicideTermsIn(text)).toEqual(terms);
  });

  it.each([
    'Antisuicidal effects were measured.', // the seed's citation title: not a whole word
    'Ketamine is an anaesthetic.',
    'Self-care matters.',
    'A harmless dose.',
  ])('not: %s', (text) => {
    expect(discussesSuicide(text)).toBe(false);
  });
});

describe('the ways people write about it, and the figurative uses that are not', () => {
  it.each([
    ['He had thoughts of ending their life.', 'suicide'],
    ['I wanted to die.', 'suicide'],
    ['She talked about not wanting to wake up.', 'suicide'],
    ['He said he just wanted to end it all.', 'suicide'],
    ['Her family would be better off without her, he thought.', 'suicide'],
    ['Life is not worth living, she wrote.', 'suicide'],
    ["I don't want to be alive anymore.", 'suicide'],
    ['He died of an overdose in 2021.', 'overdose'],
    ['She was taking too many pills.', 'overdose'],
    ['Carry naloxone if someone you love uses opioids.', 'overdose'],
    ['Some teens turn to cutting when feelings overwhelm them.', 'self-harm'],
    ['Cutting, burning and hitting are forms of self-injury.', 'self-harm'],
    ['He started to hurt himself on purpose.', 'self-harm'],
    ['The wounds were self-inflicted.', 'self-harm'],
  ])('%s (%s)', (text, topic) => {
    expect(crisisTopicsIn(text).map((m) => m.topic)).toContain(topic);
    expect(needsCrisisResources(text)).toBe(true);
  });

  it.each([
    'Try to cut back on caffeine after noon.',
    'We played cards to kill time in the waiting room.',
    "I'm dying to try the new café.",
    'Cutting-edge research moves fast.',
    'Cutting added sugar helped her energy.',
    'It would be career suicide to say so.',
    'Take my life back: a workbook on anxiety.',
    'He hurt himself playing football.',
    'Writing every night helps me not burn myself out.',
    'San Antonio is a city worth living in.',
    'The staff meeting ran so long I wanted to die.',
    'I overdosed on holiday movies this weekend.',
    'End-of-life care in hospice eases pain.',
    'Ketamine is given at 0.5 mg/kg over 40 minutes.',
  ])('not: %s', (text) => {
    expect(crisisTopicsIn(text)).toEqual([]);
  });

  it('a method or a lethal dose is a crisis topic of its own, described or not by name', () => {
    expect(describesMethod('She swallowed a whole bottle of sleeping pills.')).toBe(true);
    expect(describesMethod('Fifty of those tablets would be fatal.')).toBe(true);
    expect(describesMethod('He jumped from the bridge.')).toBe(true);
    expect(describesMethod('Lock up medications and firearms to prevent suicide.')).toBe(false);
    expect(needsCrisisResources('Lock up medications and firearms to prevent suicide.')).toBe(true);
  });
});

describe('crisis resources must be on when a post discusses suicide', () => {
  it('error on crisisSupport, naming the words found', () => {
    const finding = crisisSupportFinding(post('Suicidal thoughts can pass.'));
    expect(finding).toMatchObject({ level: 'error', path: ['crisisSupport'], suggestion: 'Turn on "Show crisis resources".' });
    expect(finding?.message).toMatch(/"suicidal"/);
  });

  it('found in the title or excerpt too', () => {
    expect(crisisSupportFinding({ title: 'Talking about suicide with teens', body: [] })).toBeDefined();
  });

  it('nothing when crisis support is on, or when the post is about something else', () => {
    expect(crisisSupportFinding(post('Suicidal thoughts can pass.', { crisisSupport: true }))).toBeUndefined();
    expect(crisisSupportFinding(post('Bring a friend who can drive you home.'))).toBeUndefined();
  });
});

describe('language lint with the wording to use instead', () => {
  const lint = (text: string) => languageFindings([{ path: ['body', { _key: 'p1' }], text }]);

  it.each([
    ['He committed suicide in 2019.', /"committed suicide"/, 'Write "died by suicide".'],
    ['People commit suicide for many reasons.', /"commit suicide"/, 'Write "die by suicide".'],
    ['After a failed attempt at suicide, she got help.', /"failed attempt"/, 'Write "attempted suicide" or "survived a suicide attempt".'],
    [
      'It was an unsuccessful suicide attempt.',
      /"unsuccessful suicide attempt"/,
      'Write "attempted suicide" or "survived a suicide attempt".',
    ],
    ['A successful suicide is not a success.', /"successful suicide"/, 'Write "died by suicide".'],
    ['Suicide is an epidemic among teens.', /"epidemic"/, expect.stringMatching(/rate and its source/)],
    ['Suicide rates are skyrocketing.', /"skyrocketing"/, expect.stringMatching(/"rising"/)],
  ])('%s', (text, message, suggestion) => {
    const [finding] = lint(text);
    expect(finding).toMatchObject({ level: 'warning', suggestion });
    expect(finding.message).toMatch(message);
    expect(formatPath(finding.path)).toBe('body[_key=="p1"]');
  });

  it('"epidemic" and "skyrocketing" only when the same sentence is about suicide', () => {
    expect(lint('The opioid epidemic is real. Suicide is preventable.')).toEqual([]);
    expect(lint('Costs are skyrocketing.')).toEqual([]);
  });

  it('a "failed attempt" is flagged only in a text that discusses suicide', () => {
    expect(lint('A failed attempt to book online.')).toEqual([]);
    expect(
      languageFindings([
        { path: ['title'], text: 'Living after suicide loss' },
        { path: ['body', 0], text: 'His failed attempt left scars.' },
      ]),
    ).toHaveLength(1);
  });

  it('a method or an amount is warned about, naming the words', () => {
    const [finding] = lint('He was found hanging in his garage.');
    expect(finding).toMatchObject({ level: 'warning', suggestion: expect.stringMatching(/without the means/) });
    expect(finding.message).toMatch(/"found hanging"/);
    expect(lint('Ketamine can reduce suicidal thoughts within 24 hours.')).toEqual([]);
  });

  it('"epidemic" is not about suicide in a sentence about overdose only', () => {
    expect(lint('The overdose epidemic touches every county.')).toEqual([]);
  });

  it('whole words, any case', () => {
    expect(lint('He COMMITTED SUICIDE.')).toHaveLength(1);
    expect(lint('Precommitted suicideprevention funds.')).toEqual([]);
  });
});

it('the seed article: crisis resources on, no stigmatising wording', () => {
  expect(safeMessagingFindings(seedDoc(SEED_POST_ID))).toEqual([]);
  const withoutCrisis = { ...seedDoc(SEED_POST_ID), crisisSupport: false };
  expect(safeMessagingFindings(withoutCrisis).map((f) => f.level)).toEqual(['error']);
});
