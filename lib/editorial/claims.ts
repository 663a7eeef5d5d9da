/**
 * Medical claims patients may act on: promises of a cure or a guarantee, "100%", "non-addictive",
 * ketamine called FDA-approved (it is approved as an anaesthetic; for depression and suicidality it is
 * used off-label, and only esketamine, Spravato, is FDA-approved, for treatment-resistant depression),
 * and percentages given without a citation. All warnings: a clinician decides.
 */
import type { Finding } from './findings';
import { postTextSources, type TextSource } from './safe-messaging';
import { allMatches, sentences, textBlocks, wholeWords, type Match } from './text';

// A claim right after one of these words is denied, not made: "not a cure", "no guarantee".
const NEGATION = /(?:^|[^\p{L}])(?:not|no|never|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|without|nor)(?:\s+\S+){0,2}\s*$/iu;

function isNegated(sentence: string, match: Match): boolean {
  return NEGATION.test(sentence.slice(0, match.index));
}

interface ClaimRule {
  pattern: RegExp;
  message: (found: string) => string;
  suggestion: string;
}

const CLAIM_RULES: readonly ClaimRule[] = [
  {
    pattern: wholeWords(['cure[sd]?', 'curing', 'curative']),
    message: (found) =>
      `"${found}" promises more than any mental-health treatment can: treatments help many people, and none works for everyone.`,
    suggestion: 'Say what the research shows, e.g. "can ease symptoms" or "helped many people in studies".',
  },
  {
    pattern: wholeWords(['guarantee[sd]?', 'guaranteeing']),
    message: (found) => `"${found}": no treatment result can be guaranteed.`,
    suggestion: 'Write "may help" or "can reduce", and say for whom.',
  },
  {
    pattern: /(?<![\p{L}\p{N}.])(?:100\s?%|100 percent|one hundred percent)/giu,
    message: (found) => `"${found}" claims certainty that no study shows.`,
    suggestion: 'Give the figure a cited study reports, or leave the number out.',
  },
  {
    pattern: wholeWords(['non addictive', 'not addictive', 'nonaddictive']),
    message: (found) => `"${found}": ketamine can be misused and can lead to dependence.`,
    suggestion: 'Write that it is "given in the clinic under medical supervision" and describe the risk of misuse honestly.',
  },
];

const KETAMINE = wholeWords(['ketamine']);
const FDA_APPROVED = wholeWords(['FDA approved', 'FDA approval', 'FDA cleared', 'approved by the (?:FDA|Food and Drug Administration)']);
// Saying ketamine is approved as an anaesthetic, or used off-label, is accurate.
const ACCURATE_CONTEXT = wholeWords(['off label', 'an(?:a)?esthe(?:tic|sia)s?', 'an(?:a)?esthe(?:tic|sia)']);

function fdaFindings(source: TextSource, sentence: string): Finding[] {
  if (allMatches(KETAMINE, sentence).length === 0) return [];
  if (allMatches(ACCURATE_CONTEXT, sentence).length > 0) return [];
  return allMatches(FDA_APPROVED, sentence)
    .filter((m) => !isNegated(sentence, m))
    .map((m) => ({
      level: 'warning' as const,
      path: source.path,
      message: `"${m.text}" said of ketamine: ketamine is FDA-approved only as an anaesthetic. For depression or suicidality it is used off-label; esketamine (Spravato) is the FDA-approved nasal spray.`,
      suggestion: 'Write "used off-label for depression", or name esketamine (Spravato) if that is what you mean.',
    }));
}

/** Claim findings over pieces of text; a claim and its subject must be in the same sentence. */
export function claimFindingsIn(sources: readonly TextSource[]): Finding[] {
  const findings: Finding[] = [];
  for (const source of sources) {
    for (const sentence of sentences(source.text)) {
      for (const rule of CLAIM_RULES) {
        for (const match of allMatches(rule.pattern, sentence)) {
          if (isNegated(sentence, match)) continue;
          findings.push({ level: 'warning', path: source.path, message: rule.message(match.text), suggestion: rule.suggestion });
        }
      }
      findings.push(...fdaFindings(source, sentence));
    }
  }
  return findings;
}

// "45%", "45 percent", "12.5 per cent"; 100% has its own rule above.
const PERCENTAGE = /(?<![\p{L}\p{N}.])(?!100\s?%|100 per)\d{1,3}(?:[.,]\d+)?\s?(?:%|per ?cent)(?![\p{L}])/giu;

/** A figure in a body block that carries no inline citation. */
export function uncitedPercentageFindings(body: unknown): Finding[] {
  return textBlocks(body)
    .filter((block) => !block.cited)
    .flatMap((block) => {
      const found = allMatches(PERCENTAGE, block.text).map((m) => m.text);
      if (found.length === 0) return [];
      return [
        {
          level: 'warning' as const,
          path: ['body', block.segment],
          message: `${found.map((f) => `"${f}"`).join(', ')}: a figure with no citation in the same paragraph.`,
          suggestion: 'Add an inline citation (the "Citation" annotation) to the study the figure comes from.',
        },
      ];
    });
}

interface PostClaims {
  title?: unknown;
  excerpt?: unknown;
  body?: unknown;
  /** A document carries more fields than the rules read. */
  [field: string]: unknown;
}

export function claimFindings(post: PostClaims): Finding[] {
  return [...claimFindingsIn(postTextSources(post)), ...uncitedPercentageFindings(post.body)];
}
