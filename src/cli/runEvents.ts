import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../schema.js';
import { type RenderedEvent, type RenderOptions, renderEvent } from './renderEvent.js';

export type EventResult = RenderedEvent | { error: string };

/**
 * Analyzes every event, spread over `jobs` worker threads (each event is independent), and hands the results to
 * `onResult` in event order as soon as each is ready, so that output streams and memory stays flat. With one job,
 * or one event, it runs in this thread.
 */
export async function runEvents(
  events: ArticleInput[][],
  options: RenderOptions,
  jobs: number,
  onResult: (index: number, result: EventResult) => void,
): Promise<void> {
  if (jobs <= 1 || events.length <= 1) {
    events.forEach((inputs, index) => {
      try {
        onResult(index, renderEvent(inputs, options));
      } catch (error) {
        onResult(index, { error: (error as Error).message });
      }
    });
    return;
  }
  const ready = new Map<number, EventResult>();
  let nextOut = 0;
  let nextJob = 0;
  const flush = () => {
    while (ready.has(nextOut)) {
      const result = ready.get(nextOut) as EventResult;
      ready.delete(nextOut);
      onResult(nextOut, result);
      nextOut++;
    }
  };
  const workers = Array.from(
    { length: Math.min(jobs, events.length) },
    () => new Worker(new URL('./worker.js', import.meta.url)),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (nextJob >= events.length) {
                resolve();
                return;
              }
              const index = nextJob++;
              worker.postMessage({ index, inputs: events[index], options });
            };
            worker.on('message', (message: { index: number } & EventResult) => {
              const { index, ...result } = message;
              ready.set(index, result as EventResult);
              flush();
              give();
            });
            worker.on('error', reject);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
