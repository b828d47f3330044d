/**
 * A story's structured data for reuse: one JSON document (described by the
 * published JSON Schema, see schema.ts) and three CSV tables. Pure.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { StoryDate } from '../dates.ts';
import { machineDate } from '../dates.ts';
import { routes } from '../routes.ts';
import { absoluteOn, type SiteLocation } from '../seo/urls.ts';
import { dateView, actorIdsInOrder } from '../view/story.ts';
import type { StoryData } from './schema.ts';

function date(value: StoryDate) {
  const view = dateView(value);
  const [start, end] = [machineDate(value.start), value.end && machineDate(value.end)];
  return {
    edtf: value.edtf,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(value.open ? { open: value.open } : {}),
    text: view.text,
    ...(value.note ? { note: value.note } : {}),
  };
}

export function storyData(
  slug: string,
  data: ArticleData,
  registry: ReadonlyMap<string, Actor>,
  location: SiteLocation,
): StoryData {
  const url = (path: string) => absoluteOn(location, path);
  return {
    $schema: url(routes.dataSchema()),
    story: {
      slug,
      title: data.title,
      dek: data.dek,
      lang: data.lang,
      url: url(routes.article(slug)),
      publisher: data.publisher,
      source: data.source,
      published: data.published.iso,
      ...(data.updated ? { updated: data.updated.iso } : {}),
    },
    questions: data.questions.map((q) => ({ id: q.id, text: q.text })),
    actors: actorIdsInOrder(data)
      .map((id) => registry.get(id))
      .filter((a): a is Actor => a !== undefined)
      .map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        ...(a.role ? { role: a.role } : {}),
        ...(a.country ? { country: a.country } : {}),
      })),
    claims: data.claims.map((c) => ({
      id: c.id,
      url: url(routes.claimPermalink(slug, c.id)),
      actor: c.actor.id,
      date: date(c.date),
      question: c.question,
      statement: c.statement,
      excerpt: c.excerpt,
      quotes: c.quotes,
    })),
    assessments: data.assessments.map((a) => ({
      id: a.id,
      url: `${url(routes.claims(slug))}#assessment-${a.id}`,
      actors: a.actors.map((x) => x.id),
      date: date(a.date),
      statement: a.statement,
      basis: a.basis,
      excerpt: a.excerpt,
      quotes: a.quotes,
      addresses: a.addresses.map((x) => ({ claim: x.claim, stance: x.stance })),
    })),
    events: data.events.map((e) => ({
      id: e.id,
      url: url(routes.eventPermalink(slug, e.id)),
      date: date(e.date),
      title: e.title,
      summary: e.summary,
      kind: e.kind,
      actors: e.actors.map((x) => x.id),
      ...(e.excerpt ? { excerpt: e.excerpt } : {}),
    })),
  };
}

/**
 * Where a spreadsheet may start a formula: the cell's start, or after a `;` or
 * tab, where Excel in French, German or Dutch settings splits a cell. The
 * full-width forms count: some spreadsheets fold them to ASCII.
 */
const FORMULA_START = /(^|[;\t])(\s*)(?=[=+\-@＝＋－＠\t\r])/g;

/**
 * One CSV cell (RFC 4180). Every piece a spreadsheet would run as a formula
 * (starting with = + - @ or a control character) gets a leading apostrophe.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  text = text.replace(FORMULA_START, "$1$2'");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export type CsvTable = 'claims' | 'assessments' | 'events';
export const CSV_TABLES: CsvTable[] = ['claims', 'assessments', 'events'];

export function storyCsv(table: CsvTable, story: StoryData): string {
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  if (table === 'claims') {
    return toCsv(
      [
        'id',
        'actor_id',
        'actor_name',
        'date_edtf',
        'date_text',
        'date_note',
        'question',
        'statement',
        'excerpt',
        'quotes',
        'url',
      ],
      story.claims.map((c) => [
        c.id,
        c.actor,
        name(c.actor),
        c.date.edtf,
        c.date.text,
        c.date.note,
        c.question,
        c.statement,
        c.excerpt,
        c.quotes.join(' | '),
        c.url,
      ]),
    );
  }
  if (table === 'assessments') {
    return toCsv(
      [
        'id',
        'actor_ids',
        'actor_names',
        'date_edtf',
        'date_text',
        'date_note',
        'statement',
        'basis',
        'addresses',
        'excerpt',
        'quotes',
        'url',
      ],
      story.assessments.map((a) => [
        a.id,
        a.actors.join(' | '),
        a.actors.map(name).join(' | '),
        a.date.edtf,
        a.date.text,
        a.date.note,
        a.statement,
        a.basis,
        a.addresses.map((x) => `${x.claim}:${x.stance}`).join(' | '),
        a.excerpt,
        a.quotes.join(' | '),
        a.url,
      ]),
    );
  }
  return toCsv(
    [
      'id',
      'date_edtf',
      'date_start',
      'date_end',
      'date_text',
      'date_note',
      'title',
      'summary',
      'kind',
      'actor_ids',
      'actor_names',
      'excerpt',
      'url',
    ],
    story.events.map((e) => [
      e.id,
      e.date.edtf,
      e.date.start,
      e.date.end,
      e.date.text,
      e.date.note,
      e.title,
      e.summary,
      e.kind,
      e.actors.join(' | '),
      e.actors.map(name).join(' | '),
      e.excerpt,
      e.url,
    ]),
  );
}
