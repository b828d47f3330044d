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
  /**
   * Entries on this lane: start and end as fractions (0–1) of the page's axis; a dot, a band (a
   * date's window: when, not how long) or a bar (a range); outlined dashed when approximate,
   * dotted when uncertain, as on the page.
   */
  marks: { from: number; to: number; shape: 'dot' | 'window' | 'range'; line: 'solid' | 'dashed' | 'dotted' }[];
}

/** Where the page's axis leaves out empty time (`cut`) or changes scale, as fractions (0–1). */
export interface OgCut {
  from: number;
  to: number;
  cut: boolean;
}

export interface OgCard {
  /** Small line above the title: the site and the view. */
  eyebrow: string;
  title: string;
  /**
   * Publisher and date, or who and when for one item: shown in this order, joined by " · ".
   * Each part is laid out on its own, so a name written right to left beside our date does
   * not reorder the line, and a part the fonts cannot draw is left out alone.
   */
  byline: string[];
  /** A verbatim quote shown under the title in quotation marks (claim permalinks). */
  quote?: string;
  /** A line of our own words under the title (event summary). */
  text?: string;
  stats: { value: string; label: string }[];
  lanes?: OgLane[];
  cuts?: OgCut[];
  /** Lanes not drawn ("+3 more actors"). */
  moreLanes?: number;
  /** The time span of the lanes in words. */
  span?: { from: string; to: string };
  /** The story's texts (title, quote, text) run right to left. */
  rtl?: boolean;
}

/** Word and letter boundaries by ICU's rules: between Thai words too, and never inside a letter and its marks. */
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const letters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where the last of `segmenter`'s pieces of `text` that fits in `room` characters ends. */
function lastEnd(segmenter: Intl.Segmenter, text: string, room: number): number {
  let end = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return end;
}

/** `text` cut to at most `max` characters with an ellipsis: at a word boundary, or, failing one late enough, between letters. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const atWord = lastEnd(words, text, room);
  const end = atWord > max * 0.6 ? atWord : lastEnd(letters, text, room);
  return `${text.slice(0, end).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The preview images' fonts: Noto Sans in every script its npm package has
 * (Latin, Latin Extended, Vietnamese, Cyrillic, Greek, Devanagari) and Noto
 * Sans Arabic, Hebrew and Thai. Each subset is a family of its own for satori, which falls back
 * glyph by glyph from the family a text asks for to the other loaded families
 * (subsets sharing one family name would hide all but the first). What each
 * file covers comes from its package's own `@font-face` rules (`unicode-range`),
 * so `canDraw` knows which texts would come out as empty boxes.
 */
const FONT_PACKAGES: { name: string; subsets?: string[] }[] = [
  { name: '@fontsource/noto-sans' },
  { name: '@fontsource/noto-sans-arabic', subsets: ['arabic'] },
  { name: '@fontsource/noto-sans-hebrew', subsets: ['hebrew'] },
  { name: '@fontsource/noto-sans-thai', subsets: ['thai'] },
];
const WEIGHTS = [400, 700] as const;

interface FontFace {
  family: string;
  /** The package's subset: `latin`, `cyrillic`, `arabic`… */
  subset: string;
  weight: (typeof WEIGHTS)[number];
  file: string;
  ranges: [number, number][];
}

const parseRanges = (value: string): [number, number][] =>
  value.split(',').map((part) => {
    const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });

let faces: FontFace[] | undefined;
function fontFaces(): FontFace[] {
  if (faces) return faces;
  const found: FontFace[] = [];
  for (const pkg of FONT_PACKAGES) {
    const dir = dirname(require.resolve(`${pkg.name}/package.json`));
    const prefix = `${pkg.name.replace('@fontsource/', '')}-`;
    for (const weight of WEIGHTS) {
      const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
      for (const rule of css.split('@font-face').slice(1)) {
        const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(rule)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
        if (!file || !range) continue;
        const subset = file.slice(prefix.length, -`-${weight}-normal.woff`.length);
        if (pkg.subsets && !pkg.subsets.includes(subset)) continue;
        const family = `${prefix}${subset}`;
        found.push({ family, subset, weight, file: join(dir, 'files', file), ranges: parseRanges(range) });
      }
    }
  }
  // Latin first: it is the family every text asks for, and most text is Latin.
  const first = ['latin', 'latin-ext'];
  const rank = (subset: string) => (first.includes(subset) ? first.indexOf(subset) : first.length);
  faces = found.sort((a, b) => rank(a.subset) - rank(b.subset));
  return faces;
}

/** The family every text asks for: Noto Sans's Latin subset. */
const FONT_FAMILY = () => fontFaces()[0]!.family;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** The font files, as satori takes them. */
export function cardFonts() {
  fonts ??= fontFaces().map(({ family, weight, file }) => ({
    name: family,
    data: readFileSync(file),
    weight,
    style: 'normal',
  }));
  return fonts;
}

let covered: [number, number][] | undefined;
/** Spacing and invisible format characters, drawn without a glyph of their own. */
const NO_GLYPH = /^[\s\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]$/u;

/** Whether every character of `text` has a glyph in the preview images' fonts (else it would be drawn as an empty box). */
export function canDraw(text: string): boolean {
  covered ??= fontFaces().flatMap((face) => face.ranges);
  for (const char of text) {
    if (NO_GLYPH.test(char)) continue;
    const code = char.codePointAt(0)!;
    if (!covered.some(([from, to]) => code >= from && code <= to)) return false;
  }
  return true;
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
    .update(
      ['satori', '@resvg/resvg-js', ...FONT_PACKAGES.map((p) => p.name)]
        .map((name) => `${name}@${require(`${name}/package.json`).version}`)
        .join(),
    )
    .update(Buffer.concat(fontFaces().map((face) => readFileSync(face.file))))
    .digest('hex');
  return version;
}

const INK = '#1c1b19';
const MUTED = '#55524c';
const PAPER = '#faf8f3';
const ACCENT = '#a3361f';
const LANE = '#d9d3c7';

/** The accent bar on the left, the padding on either side of the text, and what is left for the text. */
const BAR = 24;
const PAD_START = 56;
const PAD_END = 64;
const PAD_TOP = 52;
const PAD_BOTTOM = 48;
const TITLE_MARGIN = 20;
const CONTENT_WIDTH = OG_WIDTH - BAR - PAD_START - PAD_END;

type Node = { type: string; props: Record<string, unknown> };

/**
 * `text` with a zero-width space between words that touch. Thai, Lao, Khmer and
 * Burmese write no space between words, and satori breaks lines only at spaces
 * and punctuation, so a Thai title ran off the card in one line; ICU's word
 * segmenter knows their words. Text with spaces between words is unchanged.
 */
export function breakable(text: string): string {
  let out = '';
  let afterWord = false;
  for (const { segment, isWordLike } of words.segment(text)) {
    if (afterWord && isWordLike) out += '\u200B';
    out += segment;
    afterWord = isWordLike === true;
  }
  return out;
}

/** The text, ready to lay out, or nothing where the fonts lack a glyph for it: a card leaves out what it cannot draw. */
const say = (text: string | undefined) => (text !== undefined && canDraw(text) ? breakable(text) : undefined);

const h = (type: string, style: Record<string, unknown>, ...children: (Node | string | false | undefined)[]): Node => ({
  type,
  props: {
    style: { display: 'flex', boxSizing: 'border-box', ...style },
    children: children.filter((c) => c !== false && c !== undefined),
  },
});

/** The size a title starts at: the shorter, the larger. */
function titleSize(title: string, roomy: boolean): number {
  const n = title.length;
  if (n <= 50) return roomy ? 72 : 64;
  if (n <= 90) return roomy ? 60 : 54;
  return roomy ? 50 : 46;
}

/** The sizes a title may take, largest first: a long title is set smaller before a word of it is cut. */
export const TITLE_SIZES = [72, 64, 60, 54, 50, 46, 42, 38, 34] as const;
const TITLE_LINE_HEIGHT = 1.12;
/** Satori's `normal` line height in Noto Sans. */
const NORMAL_LINE_HEIGHT = 1.37;

/**
 * Advances of Noto Sans Bold (the titles' face) for the printable ASCII characters, in
 * hundredths of an em, from U+0020: measured from the font file and rounded up.
 */
const ASCII_ADVANCE = [
  26, 29, 48, 65, 58, 91, 75, 27, 34, 34, 55, 58, 29, 32, 29, 42, 58, 58, 58, 58, 58, 58, 58, 58, 58, 58, 29, 29, 58,
  58, 58, 48, 90, 70, 67, 65, 74, 57, 55, 73, 77, 39, 34, 67, 56, 95, 82, 80, 63, 80, 66, 56, 58, 76, 65, 97, 67, 63,
  58, 34, 42, 34, 58, 42, 37, 60, 64, 52, 64, 60, 39, 64, 65, 30, 30, 62, 30, 98, 65, 63, 64, 64, 45, 51, 44, 65, 58,
  86, 58, 58, 50, 40, 56, 40, 58,
];

/** A character's advance in em: measured for ASCII, an upper bound of Latin letters for the rest (accents, quotes, dashes, other scripts). */
function advance(char: string): number {
  // An accented Latin letter is as wide as its letter; a combining mark adds nothing.
  const code = char.normalize('NFD').codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII_ADVANCE[code - 32]! / 100;
  if (code >= 0x300 && code < 0x370) return 0;
  if (/[\u2018\u2019\u201A]/.test(char)) return 0.22;
  return /[\u2014\u2026]/.test(char) ? 1 : 0.82;
}

/** How many lines `text` takes at `size` px in a box `width` px wide, broken between words as satori does. */
export function lineCount(text: string, size: number, width: number): number {
  const room = width / size;
  const space = advance(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.split(/[ \u200B]+/).filter(Boolean)) {
    const w = [...word].reduce((sum, c) => sum + advance(c), 0);
    if (used > 0 && used + space + w <= room) {
      used += space + w;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line runs on over the next ones.
    const over = Math.ceil(w / room) - 1;
    lines += over;
    used = w - over * room;
  }
  return lines;
}

/**
 * The title as drawn in `height` px of a box `width` px wide: whole, at the largest of `sizes`
 * at which it fits; else, at the smallest size, cut at a word boundary with an ellipsis.
 */
export function fitTitle(
  title: string,
  room: { width: number; height: number },
  sizes: readonly number[] = TITLE_SIZES,
): { size: number; text: string } {
  const fits = (text: string, size: number) =>
    lineCount(text, size, room.width) * size * TITLE_LINE_HEIGHT <= room.height;
  for (const size of sizes) if (fits(title, size)) return { size, text: title };
  const size = sizes.at(-1)!;
  const cut = [...words.segment(title)]
    .filter((s) => s.isWordLike)
    .map((s) => s.index + s.segment.length)
    .reverse()
    .map((end) => `${title.slice(0, end).replace(/[\s,;:.–—-]+$/, '')}…`)
    .find((text) => fits(text, size));
  return { size, text: cut ?? clip(title, 20) };
}

/** Height in px of text of `size` px in `lines` lines of `lineHeight`. */
const block = (lines: number, size: number, lineHeight = NORMAL_LINE_HEIGHT) => lines * size * lineHeight;

/** The height the title may take: what the card's other parts leave of it (see cardTree). */
function titleRoom(card: OgCard, roomy: boolean, quote?: string, text?: string): number {
  const inner = OG_HEIGHT - PAD_TOP - PAD_BOTTOM;
  const eyebrow = block(1, 28) + TITLE_MARGIN;
  const under =
    (quote ? 22 + block(lineCount(`“${quote}”`, 34, CONTENT_WIDTH), 34, 1.25) : 0) +
    (text ? 22 + block(lineCount(text, 32, CONTENT_WIDTH), 32, 1.25) : 0) +
    (card.lanes?.length ? 28 + card.lanes.length * (30 + 10) + block(1, 22) : 0) +
    (roomy && card.stats.length ? 44 + 96 + 4 + block(1, 30) : 0);
  const bottom = roomy || !card.stats.length ? block(1, 32) : Math.max(block(1, 32), 56 + 4 + block(1, 24));
  // A few pixels to spare: the widths are estimates.
  return inner - eyebrow - under - bottom - 8;
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
        h('div', { width: 200, fontSize: 24, color: MUTED }, say(clip(lane.name, 15))),
        h(
          'div',
          { position: 'relative', width: 840, height: 30, alignItems: 'center' },
          h('div', { position: 'absolute', left: 0, right: 0, top: 14, height: 2, backgroundColor: LANE }),
          ...(card.cuts ?? []).map((c) =>
            h('div', {
              position: 'absolute',
              left: Math.round(c.from * 820),
              width: Math.max(3, Math.round((c.to - c.from) * 820)),
              top: -5,
              height: 40,
              backgroundColor: c.cut ? LANE : PAPER,
              borderLeft: `2px ${c.cut ? 'dashed' : 'solid'} ${MUTED}`,
              borderRight: `2px ${c.cut ? 'dashed' : 'solid'} ${MUTED}`,
            }),
          ),
          ...lane.marks.map((m) => {
            const left = Math.round(m.from * 820);
            const width = m.shape === 'dot' ? 20 : Math.max(20, Math.round((m.to - m.from) * 820));
            const border = `3px ${m.line} ${ACCENT}`;
            return h('div', {
              position: 'absolute',
              left: m.shape === 'dot' ? left - 10 : left,
              top: 5,
              width,
              height: 20,
              borderRadius: m.shape === 'dot' ? 10 : 4,
              border,
              // A range is solid (how long); a date's window is hatched (when, somewhere inside).
              backgroundColor: m.shape === 'window' || m.line !== 'solid' ? PAPER : ACCENT,
              backgroundImage:
                m.shape === 'window'
                  ? `repeating-linear-gradient(45deg, ${ACCENT} 0px, ${ACCENT} 3px, ${PAPER} 3px, ${PAPER} 8px)`
                  : undefined,
            });
          }),
        ),
      ),
    ),
    h(
      'div',
      { marginLeft: 200, width: 840, justifyContent: 'space-between', fontSize: 22, color: MUTED },
      h('div', {}, say(card.span?.from) ?? ''),
      h('div', {}, card.moreLanes ? `+ ${card.moreLanes} more actors` : ''),
      h('div', {}, say(card.span?.to) ?? ''),
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
        h('div', { fontSize: large ? 30 : 24, color: MUTED, marginTop: 4 }, say(s.label)),
      ),
    ),
  );
}

/**
 * The byline's parts that can be drawn, each its own box, with " · " between them. It leaves room
 * for the small figures beside it, when there are any.
 */
function byline(card: OgCard, roomy: boolean): Node {
  const parts = card.byline.map(say).filter((part): part is string => part !== undefined);
  const besideFigures = !roomy && card.stats.length > 0;
  return h(
    'div',
    { fontSize: 32, color: MUTED, maxWidth: besideFigures ? 720 : CONTENT_WIDTH, flexWrap: 'wrap' },
    ...parts.flatMap((part, i) => [i > 0 && h('div', { whiteSpace: 'pre' }, ' · '), h('div', {}, part)]),
  );
}

/** A card without lanes, a quote or a text has its figures under the title, large. */
const isRoomy = (card: OgCard, quote = say(card.quote), text = say(card.text)) =>
  !card.lanes?.length && !quote && !text;

/** The card's title as drawn: its size, and its text (cut only when it does not fit at the smallest size). */
export function cardTitle(card: OgCard): { size: number; text: string } {
  const [quote, text] = [say(card.quote), say(card.text)];
  const roomy = isRoomy(card, quote, text);
  return fitTitle(
    card.title,
    { width: CONTENT_WIDTH, height: titleRoom(card, roomy, quote, text) },
    TITLE_SIZES.filter((size) => size <= titleSize(card.title, roomy)),
  );
}

export function cardTree(card: OgCard): Node {
  const [quote, text] = [say(card.quote), say(card.text)];
  const roomy = isRoomy(card, quote, text);
  const fitted = cardTitle(card);
  const title = say(fitted.text);
  // Lines of right-to-left text start at the right. satori lays them out so only in a box of
  // known width: stretched or percentage widths push them past the right edge.
  const theirs = card.rtl ? { direction: 'rtl', width: CONTENT_WIDTH } : {};
  return h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: PAPER, color: INK, fontFamily: FONT_FAMILY() },
    h('div', { width: BAR, height: OG_HEIGHT, backgroundColor: ACCENT }),
    h(
      'div',
      {
        width: OG_WIDTH - BAR,
        height: OG_HEIGHT,
        padding: `${PAD_TOP}px ${PAD_END}px ${PAD_BOTTOM}px ${PAD_START}px`,
        flexDirection: 'column',
      },
      h('div', { fontSize: 28, fontWeight: 700, color: ACCENT, letterSpacing: 1 }, say(card.eyebrow.toUpperCase())),
      title &&
        h(
          'div',
          {
            fontSize: fitted.size,
            fontWeight: 700,
            lineHeight: TITLE_LINE_HEIGHT,
            marginTop: TITLE_MARGIN,
            ...theirs,
          },
          title,
        ),
      quote && h('div', { fontSize: 34, color: MUTED, marginTop: 22, lineHeight: 1.25, ...theirs }, `“${quote}”`),
      text && h('div', { fontSize: 32, color: MUTED, marginTop: 22, lineHeight: 1.25, ...theirs }, text),
      lanes(card),
      roomy && stats(card, 'large'),
      h('div', { flexGrow: 1 }),
      h(
        'div',
        { width: '100%', justifyContent: 'space-between', alignItems: 'flex-end' },
        byline(card, roomy),
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
    fonts: cardFonts(),
  });
  // Text is already outlines: resvg needs no fonts, and scanning the system's costs ~10 ms a card.
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}
