import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../schema.js';
import { type RenderOptions, renderEvent } from './renderEvent.js';

/** A job for a worker: one event's articles. */
export interface EventJob {
  index: number;
  inputs: ArticleInput[];
  options: RenderOptions;
}

// Each message is one event; the answer is its formatted report, or the error message.
parentPort?.on('message', (job: EventJob) => {
  try {
    parentPort?.postMessage({ index: job.index, ...renderEvent(job.inputs, job.options) });
  } catch (error) {
    parentPort?.postMessage({ index: job.index, error: (error as Error).message });
  }
});
