/**
 * Synthetic, seeded-random content for the build benchmark.
 *
 * Writes a content root (actors.yaml + articles/<slug>.md) shaped like a real
 * one: a shared actor registry, and stories with ~10 actors, ~8 claims,
 * ~10 assessments, ~20 events of mixed date precision and an ~800-word body
 * whose paragraphs contain every excerpt and quote verbatim, so the build's
 * own checks pass. Everything is fictional and derived from the seed: the
 * same seed writes the same bytes.
 *
 * Run directly: node scripts/bench/generate.ts <dir> [stories] [seed]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ACTOR_KINDS } from '../../src/schemas/actor.ts';
import { STANCES } from '../../src/schemas/assessment.ts';
import { EVENT_KINDS } from '../../src/schemas/event.ts';

/** mulberry32: small, fast, good enough for shaping test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
function sample<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(n, copy.length));
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FIRST = [
  'Amara',
  'Bela',
  'Cyril',
  'Dana',
  'Emeka',
  'Farah',
  'Goran',
  'Hana',
  'Ilya',
  'Jonas',
  'Kemi',
  'Lior',
  'Mira',
  'Nadia',
  'Oskar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tova',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zora',
];
const LAST = [
  'Adeyemi',
  'Brandt',
  'Costa',
  'Duval',
  'Eriksen',
  'Fonseca',
  'Grieg',
  'Haddad',
  'Ivanov',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Quist',
  'Rahman',
  'Sato',
  'Tanaka',
  'Urquhart',
  'Varga',
  'Weiss',
  'Yilmaz',
  'Zeller',
];
const PLACES = [
  'Northport',
  'Eastvale',
  'Marrowind',
  'Calder',
  'Ostrava Bay',
  'Kessa',
  'Lumen',
  'Tarrow',
  'Velmar',
  'Quorra',
  'Hollin',
  'Brisk',
  'Sundry',
  'Palisade',
  'Oldmere',
];
const BODIES = [
  'Ministry of Transport',
  'Port Authority',
  'Water Board',
  'Health Agency',
  'Central Bank',
  'Border Police',
  'Electoral Commission',
  'Energy Regulator',
  'Farmers’ Union',
  'Teachers’ Federation',
  'Chamber of Commerce',
  'Rail Operators’ Council',
  'Coastal Guard',
  'Audit Office',
  'Housing Trust',
];
// Organisations only: people get their own names below.
const KINDS = ACTOR_KINDS.filter((kind) => kind !== 'person');
const ROLES = [
  'minister',
  'spokesperson',
  'director',
  'chair',
  'analyst',
  'mayor',
  'commander',
  'economist',
  'researcher',
  'envoy',
];
const TOPICS = [
  'the fuel shortage',
  'the bridge project',
  'the grain harvest',
  'the ceasefire',
  'the strike',
  'the water supply',
  'the border crossing',
  'the census',
  'the new tariff',
  'the power cuts',
  'the school closures',
  'the flood defences',
  'the rail link',
  'the budget gap',
  'the vaccine rollout',
];
const NOUNS = [
  'plan',
  'report',
  'supply',
  'convoy',
  'budget',
  'market',
  'harbour',
  'council',
  'network',
  'border',
  'district',
  'workforce',
  'pipeline',
  'route',
  'archive',
  'survey',
  'ledger',
  'forecast',
  'deadline',
  'shipment',
];
const VERBS = [
  'delayed',
  'expanded',
  'reviewed',
  'blocked',
  'funded',
  'questioned',
  'restored',
  'postponed',
  'audited',
  'cancelled',
  'reopened',
  'doubled',
  'halved',
  'inspected',
  'defended',
];
const ADJ = [
  'steady',
  'fragile',
  'sudden',
  'partial',
  'regional',
  'temporary',
  'costly',
  'quiet',
  'uneven',
  'formal',
  'public',
  'early',
  'late',
  'modest',
  'sharp',
];
const ADV = ['slowly', 'again', 'openly', 'briefly', 'firmly', 'largely', 'rarely', 'quietly', 'formally', 'partly'];
const SAY = ['said', 'told reporters', 'insisted', 'argued', 'stated', 'claimed', 'maintained', 'declared'];
const ASSESS = ['reported', 'found', 'concluded', 'noted', 'estimated', 'observed', 'wrote'];
const BASES = [
  'Satellite imagery',
  'Field interviews',
  'Official statistics',
  'Leaked minutes',
  'Ship-tracking data',
  'Court filings',
  'Price surveys',
  'Budget documents',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Actor {
  id: string;
  name: string;
  shortName?: string;
  kind: string;
  role?: string;
  country?: string;
  memberOf?: string[];
}

/** A phrase of a few random words, for quotes and filler. */
function phrase(rng: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const pool = i % 4 === 0 ? ADJ : i % 4 === 1 ? NOUNS : i % 4 === 2 ? VERBS : ADV;
    out.push(pick(rng, pool));
  }
  return out.join(' ');
}

/** The shared registry: bodies first (so people can belong to one), then people. */
export function generateActors(rng: Rng, count: number): Actor[] {
  const actors: Actor[] = [];
  const ids = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const bodies = Math.max(1, Math.round(count * 0.4));
  for (let i = 0; i < count; i++) {
    const country = pick(rng, PLACES);
    if (i < bodies) {
      const name = `${country} ${pick(rng, BODIES)}`;
      const id = unique(
        name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
      );
      actors.push({ id, name, kind: pick(rng, KINDS), role: `A fictional body in ${country}`, country });
    } else {
      const first = pick(rng, FIRST);
      const last = pick(rng, LAST);
      const id = unique(`${first}-${last}`.toLowerCase());
      const body = actors[int(rng, 0, bodies - 1)]!;
      actors.push({
        id,
        name: `${first} ${last}`,
        shortName: last,
        kind: 'person',
        role: `${cap(pick(rng, ROLES))} of the ${body.name}`,
        country,
        ...(rng() < 0.6 ? { memberOf: [body.id] } : {}),
      });
    }
  }
  return actors;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date of mixed precision (year / month / day, qualified, ranges), as EDTF, inside `year`. */
function storyDate(rng: Rng, year: number): string | { value: string; note: string } {
  const m = int(rng, 1, 12);
  const d = int(rng, 1, 28);
  const r = rng();
  let value: string;
  if (r < 0.35) value = `${year}-${pad(m)}-${pad(d)}`;
  else if (r < 0.6) value = `${year}-${pad(m)}`;
  else if (r < 0.68) value = `${year}`;
  else if (r < 0.76) value = `${year}-${pad(m)}~`;
  else if (r < 0.8) value = `${year}?`;
  else if (r < 0.85) value = `${year}-${pad(m)}-${pad(d)}%`;
  else if (r < 0.93) {
    const m2 = int(rng, m, 12);
    value = `${year}-${pad(m)}/${year}-${pad(m2)}`;
  } else {
    const d2 = int(rng, d, 28);
    value = `${year}-${pad(m)}-${pad(d)}/${year}-${pad(m)}-${pad(d2)}`;
  }
  if (rng() < 0.15) return { value, note: `The article says only “in ${MONTHS[m - 1]}” or gives a range.` };
  return value;
}

export interface StoryOptions {
  actors?: number;
  claims?: number;
  assessments?: number;
  events?: number;
  /** Approximate word count of the body. */
  words?: number;
}

/** One story as the text of its markdown file. */
export function generateStory(rng: Rng, slug: string, registry: readonly Actor[], options: StoryOptions = {}): string {
  const cast = sample(rng, registry, options.actors ?? int(rng, 8, 12));
  const nClaims = options.claims ?? int(rng, 6, 10);
  const nAssessments = options.assessments ?? int(rng, 8, 12);
  const nEvents = options.events ?? int(rng, 16, 24);
  const targetWords = options.words ?? 800;
  const year = int(rng, 2026, 2030);
  const topic = pick(rng, TOPICS);
  const place = pick(rng, PLACES);
  const used = new Set<string>();
  /** Every excerpt is its own sentence and distinct, so marks never collide. */
  const sentences: string[] = [];
  const anchored = (make: () => string): string => {
    for (;;) {
      const text = make();
      if (!used.has(text)) {
        used.add(text);
        return text;
      }
    }
  };
  const actorName = (a: Actor) => a.name;

  const questions = Array.from({ length: int(rng, 2, 4) }, (_, i) => ({
    id: `q${i + 1}-${pick(rng, NOUNS)}`,
    text: `Is the ${pick(rng, NOUNS)} ${pick(rng, VERBS)} because of ${topic}?`,
  }));

  const claims = Array.from({ length: nClaims }, (_, i) => {
    const actor = pick(rng, cast);
    const quotes = Array.from({ length: int(rng, 0, 2) }, () => phrase(rng, int(rng, 3, 6)));
    const excerpt = anchored(() =>
      quotes.length === 2
        ? `${actorName(actor)} ${pick(rng, SAY)} that the ${pick(rng, NOUNS)} was “${quotes[0]}” and “${quotes[1]}”`
        : quotes.length === 1
          ? `${actorName(actor)} ${pick(rng, SAY)} the ${pick(rng, NOUNS)} is “${quotes[0]}”`
          : `${actorName(actor)} ${pick(rng, SAY)} that the ${phrase(rng, 6)}`,
    );
    sentences.push(`${excerpt}, ${phrase(rng, int(rng, 4, 8))}.`);
    return {
      id: `${pick(rng, NOUNS)}-${i + 1}`,
      actor: actor.id,
      date: storyDate(rng, year),
      statement: cap(`the ${pick(rng, NOUNS)} of ${topic} is ${pick(rng, ADJ)} and ${pick(rng, VERBS)}.`),
      question: pick(rng, questions).id,
      excerpt,
      ...(quotes.length ? { quotes } : {}),
    };
  });

  const assessments = Array.from({ length: nAssessments }, (_, i) => {
    const actors = sample(rng, cast, int(rng, 1, 2));
    const quote = rng() < 0.4 ? phrase(rng, int(rng, 3, 5)) : undefined;
    const excerpt = anchored(() =>
      quote
        ? `${actors.map(actorName).join(' and ')} ${pick(rng, ASSESS)} that the ${pick(rng, NOUNS)} was “${quote}”`
        : `${actors.map(actorName).join(' and ')} ${pick(rng, ASSESS)} a ${phrase(rng, 6)}`,
    );
    sentences.push(`${excerpt}, ${phrase(rng, int(rng, 4, 8))}.`);
    const addressed = sample(rng, claims, int(rng, 1, 2));
    return {
      id: `${pick(rng, ASSESS)}-${i + 1}`,
      actors: actors.map((a) => a.id),
      date: storyDate(rng, year),
      statement: cap(`${pick(rng, ASSESS)} evidence that the ${pick(rng, NOUNS)} was ${pick(rng, VERBS)}.`),
      excerpt,
      ...(quote ? { quotes: [quote] } : {}),
      basis: pick(rng, BASES),
      addresses: addressed.map((c) => ({ claim: c.id, stance: pick(rng, STANCES) })),
    };
  });

  const events = Array.from({ length: nEvents }, (_, i) => {
    const actors = sample(rng, cast, int(rng, 1, 3));
    const title = cap(`${pick(rng, NOUNS)} ${pick(rng, VERBS)} in ${pick(rng, PLACES)}`);
    const withExcerpt = rng() < 0.5;
    const excerpt = withExcerpt
      ? anchored(
          () => `the ${pick(rng, NOUNS)} was ${pick(rng, VERBS)} ${pick(rng, ADV)} in ${place} ${phrase(rng, 4)}`,
        )
      : undefined;
    if (excerpt) sentences.push(`${cap(phrase(rng, 3))} after ${excerpt}.`);
    return {
      id: `${pick(rng, NOUNS)}-${pick(rng, VERBS)}-${i + 1}`,
      date: storyDate(rng, year),
      title,
      summary: cap(`${phrase(rng, int(rng, 8, 16))}.`),
      actors: actors.map((a) => a.id),
      kind: pick(rng, EVENT_KINDS),
      ...(excerpt ? { excerpt } : {}),
    };
  });

  // Filler sentences up to the target length, shuffled in with the anchored ones.
  let words = sentences.reduce((n, s) => n + s.split(' ').length, 0);
  while (words < targetWords) {
    const s = `${cap(phrase(rng, int(rng, 8, 18)))} ${pick(rng, ['in', 'near', 'around'])} ${pick(rng, PLACES)}.`;
    sentences.push(s);
    words += s.split(' ').length;
  }
  const order = sample(rng, sentences, sentences.length);
  const paragraphs: string[] = [];
  for (let i = 0; i < order.length;) {
    const n = int(rng, 2, 5);
    paragraphs.push(order.slice(i, i + n).join(' '));
    i += n;
    if (rng() < 0.1) paragraphs.push(`## ${cap(phrase(rng, 4))}`);
  }

  const frontmatter = {
    title: cap(`${place} ${pick(rng, NOUNS)} ${pick(rng, VERBS)} as ${topic} drags on`),
    dek: cap(`${phrase(rng, 10)}. ${cap(phrase(rng, 8))}.`),
    publisher: { name: 'Bench Gazette', url: 'https://bench.example/' },
    byline: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
    published: `${year + 1}-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}T09:30:00Z`,
    lang: 'en',
    places: [place],
    tags: sample(rng, NOUNS, 3).map(cap),
    source: { name: 'Bench Gazette', url: `https://bench.example/${slug}` },
    questions,
    claims,
    assessments,
    events,
  };
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`;
}

export interface ContentOptions {
  stories: number;
  seed?: number;
  /** Sizes of every story (default: realistic, about 8 claims and 20 events each). */
  story?: StoryOptions;
  /** Extra stories with their own sizes (e.g. one with 300 events and 40 actors). */
  extra?: { slug: string; options: StoryOptions }[];
}

/** Slug of the i-th synthetic story (zero-padded so file order is story order). */
export const benchSlug = (i: number) => `bench-story-${String(i + 1).padStart(4, '0')}`;

/** Writes a whole content root; returns the slugs written. Replaces `root` if it exists. */
export function generateContent(root: string, options: ContentOptions): string[] {
  const rng = seededRandom(options.seed ?? 1);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'articles'), { recursive: true });
  const largest = Math.max(40, ...(options.extra ?? []).map((e) => e.options.actors ?? 0));
  const registry = generateActors(rng, Math.max(largest + 10, 30 + options.stories * 3));
  writeFileSync(join(root, 'actors.yaml'), stringify(registry, { lineWidth: 0 }));
  const slugs: string[] = [];
  for (let i = 0; i < options.stories; i++) {
    const slug = benchSlug(i);
    writeFileSync(join(root, 'articles', `${slug}.md`), generateStory(rng, slug, registry, options.story));
    slugs.push(slug);
  }
  for (const { slug, options: storyOptions } of options.extra ?? []) {
    writeFileSync(join(root, 'articles', `${slug}.md`), generateStory(rng, slug, registry, storyOptions));
    slugs.push(slug);
  }
  return slugs;
}

if (import.meta.main) {
  const [dir, stories = '10', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/bench/generate.ts <dir> [stories] [seed]');
    process.exit(1);
  }
  const slugs = generateContent(dir, { stories: Number(stories), seed: Number(seed) });
  console.log(`${slugs.length} stories in ${dir}`);
}
