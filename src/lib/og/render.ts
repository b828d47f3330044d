/**
 * The PNG of each preview card, cached on disk by a hash of the laid-out card
 * and the drawing version (renderers + fonts), so a rebuild with no content
 * change draws nothing. Misses are drawn on worker threads, one per core, so
 * drawing runs beside the main thread's work instead of between pages; in
 * `astro build` it starts during the content sync.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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

/**
 * Hashes by card object: a route hashes each card for its cacheKey, again to
 * prefetch it and again to serve it. Cards are never changed once made.
 */
const hashes = new WeakMap<OgCard, string>();

export function cardHash(card: OgCard): string {
  let hash = hashes.get(card);
  if (hash === undefined) {
    hash = createHash('sha256')
      // The laid-out tree, not just the card: a change to the layout code changes the key too.
      .update(JSON.stringify({ version: drawingVersion(), tree: cardTree(card) }))
      .digest('hex')
      .slice(0, 32);
    hashes.set(card, hash);
  }
  return hash;
}

/**
 * One drawing state per process. Astro loads this module twice in a build: for
 * the content sync (the stories loader starts drawing there, see
 * `allowEarlyDrawing`) and again from the bundle that renders the pages. Both must
 * share the threads, the cards in flight and the counts, or a card started
 * during the sync would be drawn a second time by its page.
 */
interface DrawingState {
  pool?: DrawingPool;
  /** Cards being drawn or read, by hash; dropped once settled (the PNG is on disk then). */
  inFlight: Map<string, Promise<Buffer>>;
  /** Hashes drawn by this process, so reading one back is not counted as a cache hit. */
  drawnHere: Set<string>;
  stats: { drawn: number; cached: number };
  early: boolean;
}
const STATE = Symbol.for('counterpoint.og.drawing');
const state: DrawingState = ((globalThis as { [STATE]?: DrawingState })[STATE] ??= (() => {
  const created: DrawingState = {
    inFlight: new Map(),
    drawnHere: new Set(),
    stats: { drawn: 0, cached: 0 },
    early: false,
  };
  process.once('exit', () => {
    const { drawn, cached } = created.stats;
    if (drawn + cached > 0) console.log(`[og] preview images: ${drawn} drawn, ${cached} from cache (${CACHE_DIR})`);
  });
  return created;
})());

/** How many images this process drew and took from the cache (logged at the end of a build). */
export const ogStats = state.stats;

/**
 * Lets the stories loader start drawing a story's cards as soon as the story is
 * valid, while the rest of the content is still being rendered (the drawing
 * threads idle otherwise until pages are generated). Set by the
 * preview-images integration for `astro build` only: `astro dev`, `sync` and
 * `check` draw nothing ahead.
 */
export function allowEarlyDrawing(): void {
  state.early = true;
}

export function drawsEarly(): boolean {
  return state.early;
}

interface Job {
  request: DrawRequest;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Cards sent to this thread and not answered yet, in the order it draws them. */
  queue: Map<number, Job>;
}

/**
 * Worker threads that draw cards and write them to the cache. Each card goes to
 * the thread with the shortest queue as soon as it is asked for, so the
 * threads keep drawing while this thread is busy (the content sync gives the
 * event loop no turn for minutes). Threads start on the first miss; idle ones
 * never hold the process open.
 */
class DrawingPool {
  readonly #size = Math.max(1, availableParallelism());
  readonly #threads: Thread[] = [];
  #nextId = 0;

  /** Draws `card` into `file`; resolves once the file is there. */
  draw(card: OgCard, file: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.#send({ request: { id: this.#nextId++, card, file }, resolve, reject }),
    );
  }

  #send(job: Job) {
    const shortest = this.#threads.reduce<Thread | undefined>(
      (best, thread) => (!best || thread.queue.size < best.queue.size ? thread : best),
      undefined,
    );
    const thread =
      shortest && (shortest.queue.size === 0 || this.#threads.length >= this.#size) ? shortest : this.#start();
    if (thread.queue.size === 0) thread.worker.ref();
    thread.queue.set(job.request.id, job);
    thread.worker.postMessage(job.request);
  }

  #start(): Thread {
    if (!existsSync(WORKER_FILE))
      throw new Error(`the preview-image worker ${WORKER_FILE} is missing: build from the project root.`);
    tuneRasteriserMemory();
    const thread: Thread = { worker: new Worker(WORKER_FILE), queue: new Map() };
    this.#threads.push(thread);
    thread.worker.on('message', (reply: DrawReply) => {
      const job = thread.queue.get(reply.id);
      thread.queue.delete(reply.id);
      if (thread.queue.size === 0) thread.worker.unref();
      if ('error' in reply) job?.reject(new Error(`drawing a preview image failed: ${reply.error}`));
      else job?.resolve();
    });
    thread.worker.on('error', (error: Error) => {
      // A crashed thread fails the card it was drawing (the build stops with the error); its other cards go to the other threads.
      this.#threads.splice(this.#threads.indexOf(thread), 1);
      const [current, ...rest] = thread.queue.values();
      thread.queue.clear();
      current?.reject(error);
      for (const job of rest) this.#send(job);
    });
    return thread;
  }
}

/** The PNG of a card: from the cache when an identical card was drawn before, else drawn and cached. */
export function cardPng(card: OgCard): Promise<Buffer> {
  const key = cardHash(card);
  let pending = state.inFlight.get(key);
  if (!pending) {
    pending = (async () => {
      const file = join(CACHE_DIR, `${key}.png`);
      if (existsSync(file)) {
        if (!state.drawnHere.has(key)) state.stats.cached++;
        return readFileSync(file);
      }
      mkdirSync(CACHE_DIR, { recursive: true });
      state.pool ??= new DrawingPool();
      await state.pool.draw(card, file);
      state.drawnHere.add(key);
      state.stats.drawn++;
      return readFileSync(file);
    })();
    // Settled cards are read from disk again: holding every PNG until the end would cost memory in proportion to the site.
    const settle = () => state.inFlight.delete(key);
    pending.then(settle, settle);
    state.inFlight.set(key, pending);
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
