/**
 * What the boundary finds is logged once per process for each document and failing path, so a
 * broken document does not flood the log on every request, and every new finding is still seen.
 */
import { formatPath, type Finding } from '../editorial/findings';
import type { LineFinding } from './dataset';

const reported = new Set<string>();

export type IssueOutcome = 'hidden' | 'dropped' | 'fallback';

const OUTCOME_TEXT: Record<IssueOutcome, string> = {
  hidden: 'is not shown anywhere until this is fixed',
  dropped: 'is shown without the parts named below',
  fallback: 'could not be used; the built-in text is shown',
};

export function reportFindings(
  docType: string,
  docId: string,
  outcome: IssueOutcome,
  findings: readonly Finding[],
  log: (message: string) => void = outcome === 'dropped' ? console.warn : console.error,
): void {
  const fresh = findings.filter((finding) => {
    const key = `${docId}\u0000${formatPath(finding.path)}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
  if (fresh.length === 0) return;
  // The id as a JSON string: an id with a quote or a line break cannot garble or forge log lines.
  log(
    `[content] ${docType} ${JSON.stringify(docId)} ${OUTCOME_TEXT[outcome]}:\n` +
      fresh.map((finding) => `  - ${formatPath(finding.path)}: ${finding.message}`).join('\n'),
  );
}

/** For tests: forget what has been reported. */
export function resetReportedFindings(): void {
  reported.clear();
}

const reportedLines = new Set<string>();

/** A malformed line of the NDJSON dataset: named by file and line, logged once. */
export function reportLineFindings(file: string, findings: readonly LineFinding[]): void {
  const fresh = findings.filter((p) => {
    const key = `${file}\u0000${p.line}\u0000${p.message}`;
    if (reportedLines.has(key)) return false;
    reportedLines.add(key);
    return true;
  });
  if (fresh.length === 0) return;
  console.error(`[content] ${file}: ${fresh.length} line(s) skipped:\n` + fresh.map((p) => `  - line ${p.line} ${p.message}`).join('\n'));
}
