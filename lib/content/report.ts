/**
 * Content problems are logged once per process for each document and failing path (DESIGN.md), so a
 * broken document does not flood the log on every request, and every new problem is still seen.
 */
import type { ContentIssue } from './schemas';

const reported = new Set<string>();

export type IssueOutcome = 'hidden' | 'dropped' | 'fallback';

const OUTCOME_TEXT: Record<IssueOutcome, string> = {
  hidden: 'is not shown anywhere until this is fixed',
  dropped: 'is shown without the parts named below',
  fallback: 'could not be used; the built-in text is shown',
};

export function reportContentIssues(
  docType: string,
  docId: string,
  outcome: IssueOutcome,
  issues: ContentIssue[],
  log: (message: string) => void = outcome === 'dropped' ? console.warn : console.error,
): void {
  const fresh = issues.filter((issue) => {
    const key = `${docId}\u0000${issue.path}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
  if (fresh.length === 0) return;
  // The id as a JSON string: an id with a quote or a line break cannot garble or forge log lines.
  log(
    `[content] ${docType} ${JSON.stringify(docId)} ${OUTCOME_TEXT[outcome]}:\n` +
      fresh.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n'),
  );
}

/** For tests: forget what has been reported. */
export function resetReportedIssues(): void {
  reported.clear();
}

const reportedLines = new Set<string>();

/** A malformed line of the NDJSON dataset: named by file and line, logged once. */
export function reportDatasetProblems(file: string, problems: Array<{ line: number; message: string }>): void {
  const fresh = problems.filter((p) => {
    const key = `${file}\u0000${p.line}\u0000${p.message}`;
    if (reportedLines.has(key)) return false;
    reportedLines.add(key);
    return true;
  });
  if (fresh.length === 0) return;
  console.error(
    `[content] ${file}: ${fresh.length} line(s) skipped:\n` +
      fresh.map((p) => `  - line ${p.line} ${p.message}`).join('\n'),
  );
}
