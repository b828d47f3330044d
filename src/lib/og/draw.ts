/**
 * Lays an OgCard out and draws it as a 1200×630 PNG: satori turns the layout
 * into SVG (flexbox, text as outlines in our font from npm, no network), resvg
 * rasterises it. Self-contained (no imports from the rest of the site) so the
 * drawing worker (draw-worker.ts) can load it in plain Node.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgLane {
  name: string;
  /** Events on this lane: start and end as fractions (0–1) of the story's time span. */
  marks: { from: number; to: number }[];
}

export interface OgCard {
  /** Small line above the title: the site and the view. */
  eyebrow: string;
  title: string;
  /** Publisher and date, or who and when for one item. */
  byline: string;
  /** A verbatim quote shown under the title in quotation marks (claim permalinks). */
  quote?: string;
  /** A line of our own words under the title (event summary). */
  text?: string;
  stats: { value: string; label: string }[];
  lanes?: OgLane[];
  /** Lanes not drawn ("+3 more actors"). */
  moreLanes?: number;
  /** The time span of the lanes in words. */
  span?: { from: string; to: string };
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

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

/**
 * resvg's native allocator (mimalloc) hands every freed raster back to the OS and
 * maps fresh pages for the next 1200×630 card; on a virtual machine each page
 * fault is dear. Keeping freed pages and allowing huge pages halves the time per
 * card (43 → 22 ms here). The allocator reads these once, when resvg's binary is
 * loaded, so this runs on the main thread before the drawing threads start; a
 * value the user set wins.
 */
export function tuneRasteriserMemory(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= '-1';
  process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1';
}

let version: string | undefined;
/** What else decides the pixels besides the card: renderer versions and the font files. Part of the cache key. */
export function drawingVersion(): string {
  version ??= createHash('sha256')
    .update(['satori', '@resvg/resvg-js'].map((name) => `${name}@${require(`${name}/package.json`).version}`).join())
    .update(Buffer.concat(fontFiles.map((f) => readFileSync(f.file))))
    .digest('hex');
  return version;
}

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

export async function drawCard(card: OgCard): Promise<Buffer> {
  // Both loaded on first use, not with this module: resvg for tuneRasteriserMemory(); satori
  // because the config and the content loaders import this module (for the cards) and would
  // otherwise pay about 0.16 s to load satori at every start of `astro dev`, `check` and `build`.
  const [{ Resvg }, { default: satori }] = await Promise.all([import('@resvg/resvg-js'), import('satori')]);
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  // Text is already outlines: resvg needs no fonts, and scanning the system's costs ~10 ms a card.
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}
