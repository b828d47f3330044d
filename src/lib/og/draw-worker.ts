/**
 * A preview-image drawing thread (see render.ts): receives cards, answers with
 * PNG bytes. Loaded by plain Node (type stripping), so it imports only draw.ts.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard, type OgCard } from './draw.ts';

export interface DrawRequest {
  id: number;
  card: OgCard;
}
export type DrawReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', ({ id, card }: DrawRequest) => {
  drawCard(card).then(
    (png) => parentPort?.postMessage({ id, png: new Uint8Array(png) } satisfies DrawReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies DrawReply),
  );
});
