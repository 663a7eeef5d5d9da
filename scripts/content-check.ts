/**
 * npm run content:check [file.ndjson] [--drafts]
 * Every editorial rule, the site's zod boundary and reference integrity over a dataset (default: the
 * seed). Prints a report per document; exits 1 when any error is found, 0 otherwise.
 */
import { checkDataset, formatReport } from '../lib/content/check';
import { loadDataset, SEED_DATASET } from '../lib/content/dataset';

async function main(argv: string[]): Promise<number> {
  const includeDrafts = argv.includes('--drafts');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length > 1 || argv.some((a) => a.startsWith('--') && a !== '--drafts')) {
    console.error('Usage: npm run content:check [file.ndjson] [--drafts]');
    return 1;
  }
  const file = files[0] ?? SEED_DATASET;
  let dataset;
  try {
    dataset = loadDataset(file);
  } catch (error) {
    console.error(`content:check: ${(error as Error).message}`);
    return 1;
  }
  const report = await checkDataset(dataset.documents, dataset.findings, { includeDrafts });
  console.log(formatReport(report, file));
  return report.errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('content:check failed:', error);
    process.exitCode = 1;
  },
);
