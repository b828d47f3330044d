/**
 * The PNG of each preview card, cached on disk by a hash of the laid-out card
 * and the drawing version (renderers + fonts), so a rebuild with no content
 * change draws nothing. Misses are drawn on worker threads, one per core, so
 * drawing runs beside Astro's page rendering instead of between pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DrawReply, DrawRequest } from './draw-worker.ts';
import { cardTree, drawingVersion, type OgCard, tuneRasteriserMemory } from './draw.ts';

/** Drawn cards, by content hash. `COUNTERPOINT_OG_CACHE_DIR` moves it (the benchmark gives each cold build an empty one). */
const CACHE_DIR = process.env.COUNTERPOINT_OG_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/counterpoint-og');

/**
 * The worker is loaded from the source tree, not from Astro's bundle: Node runs
 * the TypeScript itself. Astro builds run from the project root.
 */
const WORKER_FILE = join(process.cwd(), 'src/lib/og/draw-worker.ts');

export function cardHash(card: OgCard): string {
  return (
    createHash('sha256')
      // The laid-out tree, not just the card: a change to the layout code changes the key too.
      .update(JSON.stringify({ version: drawingVersion(), tree: cardTree(card) }))
      .digest('hex')
      .slice(0, 32)
  );
}

/** How many images this process drew and took from the cache (logged at the end of a build). */
export const ogStats = { drawn: 0, cached: 0 };
process.once('exit', () => {
  if (ogStats.drawn + ogStats.cached > 0)
    console.log(`[og] preview images: ${ogStats.drawn} drawn, ${ogStats.cached} from cache (${CACHE_DIR})`);
});

interface Job {
  request: DrawRequest;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** Worker threads that draw one card at a time each; started on the first miss, idle ones never hold the process open. */
class DrawingPool {
  readonly #size = Math.max(1, availableParallelism());
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #started = 0;
  #nextId = 0;

  draw(card: OgCard): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { id: this.#nextId++, card }, resolve, reject });
      this.#pump();
    });
  }

  #pump() {
    while (this.#queue.length) {
      const worker = this.#idle.pop() ?? (this.#started < this.#size ? this.#start() : undefined);
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  #start(): Worker {
    if (!existsSync(WORKER_FILE))
      throw new Error(`the preview-image worker ${WORKER_FILE} is missing: build from the project root.`);
    this.#started++;
    tuneRasteriserMemory();
    const worker = new Worker(WORKER_FILE);
    worker.on('message', (reply: DrawReply) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      if (job) {
        if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
        else job.reject(new Error(`drawing a preview image failed: ${reply.error}`));
      }
      this.#pump();
    });
    worker.on('error', (error: Error) => {
      // A crashed thread fails its card (the build stops with the error); the pool starts another for the rest.
      this.#busy.get(worker)?.reject(error);
      this.#busy.delete(worker);
      this.#started--;
      this.#pump();
    });
    return worker;
  }
}

let pool: DrawingPool | undefined;
const inFlight = new Map<string, Promise<Buffer>>();

/** The PNG of a card: from the cache when an identical card was drawn before, else drawn and cached. */
export function cardPng(card: OgCard): Promise<Buffer> {
  const key = cardHash(card);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = (async () => {
      const file = join(CACHE_DIR, `${key}.png`);
      if (existsSync(file)) {
        ogStats.cached++;
        return readFileSync(file);
      }
      pool ??= new DrawingPool();
      const png = await pool.draw(card);
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, png);
      renameSync(`${file}.${process.pid}.tmp`, file);
      ogStats.drawn++;
      return png;
    })();
    inFlight.set(key, pending);
  }
  return pending;
}

/**
 * Starts drawing every card of a route that is not in the cache yet (from
 * getStaticPaths), so the threads draw while pages render. Cached cards are read
 * only by the paths that are rendered (an incremental build reuses the others).
 */
export function prefetchCards(cards: OgCard[]): void {
  for (const card of cards)
    if (!existsSync(join(CACHE_DIR, `${cardHash(card)}.png`))) void cardPng(card).catch(() => undefined);
}
