/**
 * Draws an OgCard as a 1200×630 PNG: satori lays it out as SVG (flexbox, our
 * font from npm, no network), resvg rasterises it. PNGs are cached on disk by a
 * hash of the card, the layout code version and the font files, so a rebuild
 * with no content change draws nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { clip, OG_HEIGHT, OG_WIDTH, type OgCard } from './cards.ts';

const require = createRequire(join(process.cwd(), 'package.json'));

/** Part of the cache key: a renderer upgrade redraws everything. */
const RENDERER = ['satori', '@resvg/resvg-js'].map((name) => `${name}@${require(`${name}/package.json`).version}`);

const fontDir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
const fontFiles = ['latin', 'latin-ext'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ weight, file: join(fontDir, `noto-sans-${subset}-${weight}-normal.woff`) })),
);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= fontFiles.map(({ weight, file }) => ({
    name: 'Noto Sans',
    data: readFileSync(file),
    weight,
    style: 'normal',
  }));
  return fonts;
}

/** Drawn cards, by content hash. `COUNTERPOINT_OG_CACHE_DIR` moves it (the benchmark gives each cold build an empty one). */
const CACHE_DIR = process.env.COUNTERPOINT_OG_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/counterpoint-og');

const INK = '#1c1b19';
const MUTED = '#55524c';
const PAPER = '#faf8f3';
const ACCENT = '#a3361f';
const LANE = '#d9d3c7';

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string | false | undefined)[]): Node => ({
  type,
  props: {
    style: { display: 'flex', boxSizing: 'border-box', ...style },
    children: children.filter((c) => c !== false && c !== undefined),
  },
});

function titleSize(title: string, roomy: boolean): number {
  const n = title.length;
  if (n <= 50) return roomy ? 72 : 64;
  if (n <= 90) return roomy ? 60 : 54;
  return roomy ? 50 : 46;
}

function lanes(card: OgCard): Node | undefined {
  if (!card.lanes?.length) return undefined;
  return h(
    'div',
    { flexDirection: 'column', gap: 10, marginTop: 28 },
    ...card.lanes.map((lane) =>
      h(
        'div',
        { alignItems: 'center', height: 30 },
        h('div', { width: 200, fontSize: 24, color: MUTED }, clip(lane.name, 15)),
        h(
          'div',
          { position: 'relative', width: 840, height: 30, alignItems: 'center' },
          h('div', { position: 'absolute', left: 0, right: 0, top: 14, height: 2, backgroundColor: LANE }),
          ...lane.marks.map((m) =>
            h('div', {
              position: 'absolute',
              left: Math.round(m.from * 820),
              top: 5,
              width: Math.max(20, Math.round((m.to - m.from) * 820)),
              height: 20,
              borderRadius: 10,
              backgroundColor: ACCENT,
            }),
          ),
        ),
      ),
    ),
    h(
      'div',
      { marginLeft: 200, width: 840, justifyContent: 'space-between', fontSize: 22, color: MUTED },
      h('div', {}, card.span?.from ?? ''),
      h('div', {}, card.moreLanes ? `+ ${card.moreLanes} more actors` : ''),
      h('div', {}, card.span?.to ?? ''),
    ),
  );
}

function stats(card: OgCard, size: 'large' | 'small'): Node | undefined {
  if (!card.stats.length) return undefined;
  const large = size === 'large';
  return h(
    'div',
    { gap: large ? 64 : 36, marginTop: large ? 44 : 0 },
    ...card.stats.map((s) =>
      h(
        'div',
        { flexDirection: 'column', alignItems: large ? 'flex-start' : 'flex-end' },
        h('div', { fontSize: large ? 96 : 56, fontWeight: 700, lineHeight: 1, color: large ? ACCENT : INK }, s.value),
        h('div', { fontSize: large ? 30 : 24, color: MUTED, marginTop: 4 }, s.label),
      ),
    ),
  );
}

export function cardTree(card: OgCard): Node {
  const roomy = !card.lanes?.length && !card.quote && !card.text;
  return h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: PAPER, color: INK, fontFamily: 'Noto Sans' },
    h('div', { width: 24, height: OG_HEIGHT, backgroundColor: ACCENT }),
    h(
      'div',
      { width: OG_WIDTH - 24, height: OG_HEIGHT, padding: '52px 64px 48px 56px', flexDirection: 'column' },
      h('div', { fontSize: 28, fontWeight: 700, color: ACCENT, letterSpacing: 1 }, card.eyebrow.toUpperCase()),
      h(
        'div',
        { fontSize: titleSize(card.title, roomy), fontWeight: 700, lineHeight: 1.12, marginTop: 20 },
        card.title,
      ),
      card.quote && h('div', { fontSize: 34, color: MUTED, marginTop: 22, lineHeight: 1.25 }, `“${card.quote}”`),
      card.text && h('div', { fontSize: 32, color: MUTED, marginTop: 22, lineHeight: 1.25 }, card.text),
      lanes(card),
      roomy && stats(card, 'large'),
      h('div', { flexGrow: 1 }),
      h(
        'div',
        { width: '100%', justifyContent: 'space-between', alignItems: 'flex-end' },
        h('div', { fontSize: 32, color: MUTED, maxWidth: roomy ? 1000 : 720 }, card.byline),
        roomy ? undefined : stats(card, 'small'),
      ),
    ),
  );
}

let fontHash: string | undefined;
export function cardHash(card: OgCard): string {
  fontHash ??= createHash('sha256')
    .update(fontFiles.map((f) => readFileSync(f.file)).reduce((a, b) => Buffer.concat([a, b])))
    .digest('hex');
  return (
    createHash('sha256')
      // The laid-out tree, not just the card: a change to the layout code changes the key too.
      .update(JSON.stringify({ RENDERER, fontHash, tree: cardTree(card) }))
      .digest('hex')
      .slice(0, 32)
  );
}

export async function drawCard(card: OgCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH } });
  return image.asPng();
}

/** How many images this process drew and took from the cache (logged at the end of a build). */
export const ogStats = { drawn: 0, cached: 0 };
process.once('exit', () => {
  if (ogStats.drawn + ogStats.cached > 0)
    console.log(`[og] preview images: ${ogStats.drawn} drawn, ${ogStats.cached} from cache (${CACHE_DIR})`);
});

const inFlight = new Map<string, Promise<Buffer>>();
let running = 0;
const waiting: (() => void)[] = [];
const LIMIT = Math.max(1, availableParallelism());

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

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
      // resvg rasterises on libuv's thread pool, so several cards are drawn at once.
      const png = await slot(() => drawCard(card));
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

/** Starts drawing every card of a route at once (from getStaticPaths), so pages are not drawn one by one. */
export function prefetchCards(cards: OgCard[]): void {
  for (const card of cards) void cardPng(card).catch(() => undefined);
}
