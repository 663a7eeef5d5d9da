/**
 * A worker thread of content:import (lib/import/wordpress.ts convertBodies): converts WordPress bodies
 * to Portable Text, one message each, with the export's data given once as workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertBody, type WordPressConvertData } from './wordpress';

parentPort!.on('message', (job: { id: number; html: string; where: string; baseUrl?: string }) => {
  parentPort!.postMessage({ id: job.id, result: convertBody(job, workerData as WordPressConvertData) });
});
