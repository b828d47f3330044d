/**
 * A preview-image drawing thread (see render.ts): receives cards, draws them one
 * at a time in the order received, writes each PNG to the file it was asked
 * for (atomically: a reader never sees half an image) and answers with the
 * card's id. Loaded by plain Node (type stripping), so it imports only draw.ts.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId, parentPort } from 'node:worker_threads';
import { drawCard, type OgCard } from './draw.ts';

export interface DrawRequest {
  id: number;
  card: OgCard;
  /** Where the PNG goes. */
  file: string;
}
export type DrawReply = { id: number } | { id: number; error: string };

let queue = Promise.resolve();

parentPort?.on('message', ({ id, card, file }: DrawRequest) => {
  queue = queue.then(async () => {
    try {
      const png = await drawCard(card);
      const temporary = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
      parentPort?.postMessage({ id } satisfies DrawReply);
    } catch (error) {
      parentPort?.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies DrawReply);
    }
    // Back to the event loop between cards: resvg's native rasters are freed by finalizers that run
    // there, and cards queued back to back would otherwise hold every raster until the last (gigabytes).
    await new Promise((resolve) => setImmediate(resolve));
  });
});
