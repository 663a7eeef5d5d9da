/**
 * Medical claims patients may act on: promises of a cure or a guarantee, "100%", "non-addictive",
 * ketamine called FDA-approved (it is approved as an anaesthetic; for depression and suicidality it is
 * used off-label, and only esketamine, Spravato, is FDA-approved, for treatment-resistant depression),
 * and percentages given without a citation. All warnings: a clinician decides.
 */
import { languageOfDocument, type Language } from '../i18n/languages';
import type { Finding } from './findings';
import { postTextSources, type TextSource } from './safe-messaging';
import { allMatches, foldAccents, sentences, textBlocks, wholeWords, type Match } from './text';

// A claim right after one of these words is denied, not made: "not a cure", "no guarantee", "no es una cura".
const NEGATION = {
  en: /(?:^|[^\p{L}])(?:not|no|never|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|without|nor)(?:\s+\S+){0,2}\s*$/iu,
  es: /(?:^|[^\p{L}])(?:no|nunca|jamas|sin|ni|tampoco|ningun|ninguna|ninguno|nadie)(?:\s+\S+){0,2}\s*$/iu,
} satisfies Record<Language, RegExp>;

interface ClaimRule {
  pattern: RegExp;
  message: (found: string) => string;
  suggestion: string;
}

const ENGLISH_CLAIMS: readonly ClaimRule[] = [
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

// The same claims in Spanish, matched with the accents off ("curación" is "curacion"). "El cura" is a priest.
const SPANISH_CLAIMS: readonly ClaimRule[] = [
  {
    pattern: wholeWords([
      '(?<!(?:el|un|del|al|los|unos|padre|senor|señor) )(?:cura|curas|curan|curar|curara|curaria|curo|curado|curada|curados|curadas|curacion|curaciones|curativ[oa]s?|cura definitiva)',
    ]),
    message: (found) =>
      `"${found}" promises more than any mental-health treatment can: treatments help many people, and none works for everyone.`,
    suggestion: 'Say what the research shows, e.g. "puede aliviar los síntomas" or "ayudó a muchas personas en los estudios".',
  },
  {
    pattern: wholeWords(['garantiz[a-z]+', 'garantias?', 'resultados asegurados', 'exito asegurado']),
    message: (found) => `"${found}": no treatment result can be guaranteed.`,
    suggestion: 'Write "puede ayudar" or "puede reducir", and say for whom.',
  },
  {
    pattern: /(?<![\p{L}\p{N}.,])(?:100\s?%|100 por ?ciento|cien por ?ciento)/giu,
    message: (found) => `"${found}" claims certainty that no study shows.`,
    suggestion: 'Give the figure a cited study reports, or leave the number out.',
  },
  {
    pattern: wholeWords([
      'no (?:es |son )?adictiv[oa]s?',
      'no (?:crea|genera|causa|produce|provoca) (?:ninguna )?(?:adiccion|dependencia)',
      'sin (?:ningun )?riesgo de (?:adiccion|dependencia|abuso)',
      '(?:libre|libres) de adiccion',
    ]),
    message: (found) => `"${found}": ketamine can be misused and can lead to dependence.`,
    suggestion: 'Write that it is "administrada en la clínica bajo supervisión médica" and describe the risk of misuse honestly.',
  },
];

const CLAIMS: Record<Language, readonly ClaimRule[]> = { en: ENGLISH_CLAIMS, es: SPANISH_CLAIMS };

interface FdaRule {
  ketamine: RegExp;
  approved: RegExp;
  /** Saying ketamine is approved as an anaesthetic, or used off-label, is accurate. */
  accurate: RegExp;
}

const FDA: Record<Language, FdaRule> = {
  en: {
    ketamine: wholeWords(['ketamine']),
    approved: wholeWords(['FDA approved', 'FDA approval', 'FDA cleared', 'approved by the (?:FDA|Food and Drug Administration)']),
    accurate: wholeWords(['off label', 'an(?:a)?esthe(?:tic|sia)s?', 'an(?:a)?esthe(?:tic|sia)']),
  },
  es: {
    ketamine: wholeWords(['ketamina']),
    approved: wholeWords([
      'aprobad[oa]s? por la (?:FDA|Administracion de (?:Alimentos y Medicamentos|Medicamentos y Alimentos))',
      '(?:aprobacion|autorizacion|aval) de la FDA',
      'avalad[oa]s? por la FDA',
      'autorizad[oa]s? por la FDA',
      'aprobad[oa]s? por la FDA',
    ]),
    accurate: wholeWords([
      'fuera de (?:indicacion|etiqueta|ficha tecnica)',
      'off label',
      'uso no aprobado',
      'anestesi(?:a|co|cos|ca|cas)',
      'anestesic[oa]s?',
    ]),
  },
};

/** The text a language's claims are matched on: Spanish with the accents off (same length). */
const matchable = (language: Language, text: string) => (language === 'es' ? foldAccents(text) : text);

function isNegated(language: Language, sentence: string, match: Match): boolean {
  return NEGATION[language].test(matchable(language, sentence).slice(0, match.index));
}

/** Matches in a sentence, reported as written. */
function claimMatches(language: Language, pattern: RegExp, sentence: string): Match[] {
  return allMatches(pattern, matchable(language, sentence)).map((m) => ({
    index: m.index,
    text: sentence.slice(m.index, m.index + m.text.length),
  }));
}

function fdaFindings(source: TextSource, sentence: string, language: Language): Finding[] {
  const rule = FDA[language];
  if (claimMatches(language, rule.ketamine, sentence).length === 0) return [];
  if (claimMatches(language, rule.accurate, sentence).length > 0) return [];
  return claimMatches(language, rule.approved, sentence)
    .filter((m) => !isNegated(language, sentence, m))
    .map((m) => ({
      level: 'warning' as const,
      path: source.path,
      message: `"${m.text}" said of ketamine: ketamine is FDA-approved only as an anaesthetic. For depression or suicidality it is used off-label; esketamine (Spravato) is the FDA-approved nasal spray.`,
      suggestion: 'Write "used off-label for depression", or name esketamine (Spravato) if that is what you mean.',
    }));
}

/** Claim findings over pieces of text, by a language's rules; a claim and its subject must be in the same sentence. */
export function claimFindingsIn(sources: readonly TextSource[], language: Language = 'en'): Finding[] {
  const findings: Finding[] = [];
  for (const source of sources) {
    for (const sentence of sentences(source.text)) {
      for (const rule of CLAIMS[language]) {
        for (const match of claimMatches(language, rule.pattern, sentence)) {
          if (isNegated(language, sentence, match)) continue;
          findings.push({ level: 'warning', path: source.path, message: rule.message(match.text), suggestion: rule.suggestion });
        }
      }
      findings.push(...fdaFindings(source, sentence, language));
    }
  }
  return findings;
}

// "45%", "45 percent", "12.5 per cent", "45 por ciento"; 100% has its own rule above.
const PERCENTAGE = /(?<![\p{L}\p{N}.])(?!100\s?%|100 per|100 por)\d{1,3}(?:[.,]\d+)?\s?(?:%|per ?cent|por ?ciento)(?![\p{L}])/giu;

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
  language?: unknown;
  /** A document carries more fields than the rules read. */
  [field: string]: unknown;
}

/** A post's claim findings, by the rules of its language. */
export function claimFindings(post: PostClaims): Finding[] {
  return [...claimFindingsIn(postTextSources(post), languageOfDocument(post)), ...uncitedPercentageFindings(post.body)];
}
