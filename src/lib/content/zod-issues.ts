import type { z } from 'astro/zod';
import { sentence } from '../text.ts';
import type { ContentIssue } from './errors.ts';
import { closest } from './suggest.ts';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/** A message, then what the field takes (its schema description), each a sentence of its own. */
function withExpected(message: string, description?: string): string {
  return description ? `${sentence(message)} Expected: ${sentence(description)}` : sentence(message);
}

/** The JSON Schema node documenting the field at `path` (for hints in messages). */
export function schemaAt(root: JsonSchema, path: readonly (string | number)[]): JsonSchema | undefined {
  const resolve = (node: JsonSchema | undefined): JsonSchema | undefined => {
    if (node?.$ref?.startsWith('#/$defs/')) return resolve(root.$defs?.[node.$ref.slice('#/$defs/'.length)]);
    return node;
  };
  let node = resolve(root);
  for (const part of path) {
    if (!node) return undefined;
    const candidates = [node, ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].map(resolve);
    const next = candidates
      .map((c) => (typeof part === 'number' ? c?.items : c?.properties?.[part]))
      .find((c) => c !== undefined);
    node = resolve(next);
  }
  return node;
}

/** The value written at a field path of the parsed YAML, if any. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** Fields that name an item of another list in the same file: a missing one is told the ids it may take. */
const REFERENCES: Record<string, string> = { question: 'questions', claim: 'claims' };

/** "one of `a`, `b`" for the ids of `data[list]`, when there are any. */
function idsOf(data: unknown, list: string): string | undefined {
  const items = valueAt(data, [list]);
  if (!Array.isArray(items)) return undefined;
  const ids = items.map((item) => valueAt(item, ['id'])).filter((id): id is string => typeof id === 'string');
  return ids.length ? `one of ${ids.map((id) => `\`${id}\``).join(', ')}` : undefined;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list (`- item` lines, or `[a, b]`)',
  object: 'an object (indented `key: value` lines)',
  boolean: '`true` or `false`',
};

/** Flattens a union failure into the branch that best matches what the editor wrote. */
function pickUnionBranch(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] {
  const branches = issue.errors.filter((b) => b.length > 0);
  // Prefer a branch that got past the type check (the editor chose that form).
  const typed = branches.find((b) => !b.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  return (typed ?? branches[0] ?? []).map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
}

/** Turns Zod issues into messages an editor can act on: where, what was expected, how to fix it. */
export function toContentIssues(
  issues: readonly z.core.$ZodIssue[],
  context: {
    file: string;
    data: unknown;
    schema: JsonSchema;
    lineOf: (path: (string | number)[]) => number | undefined;
  },
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const push = (path: PropertyKey[], message: string) => {
    const clean = path.filter((p): p is string | number => typeof p !== 'symbol');
    out.push({ file: context.file, path: clean, message, line: context.lineOf(clean) });
  };
  const visit = (issue: z.core.$ZodIssue) => {
    const path = issue.path as PropertyKey[];
    const field = schemaAt(
      context.schema,
      path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
    switch (issue.code) {
      case 'invalid_union':
        pickUnionBranch(issue).forEach(visit);
        return;
      case 'unrecognized_keys': {
        // A field that takes a text or an object (a date, `{ value, note }`) keeps its fields in a branch.
        const allowed = [field, ...(field?.anyOf ?? []), ...(field?.oneOf ?? [])].flatMap((node) =>
          Object.keys(node?.properties ?? {}),
        );
        for (const key of issue.keys) {
          const guess = closest(key, allowed);
          // In `{ name: Gazette, 13 June, url: … }` the comma ends the name, and "13 June" becomes
          // a field of its own, with no value.
          const split =
            valueAt(context.data, [...path, key] as (string | number)[]) === null
              ? ' If these words belong to the text before them, that text has a comma in it: put the text in quotes ("…").'
              : '';
          const fix = guess
            ? `Fix: did you mean \`${guess}\`?`
            : `Fix: remove it, or use one of: ${allowed.map((k) => `\`${k}\``).join(', ')}.${split}`;
          push([...path, key], `is not a field here. ${fix}`);
        }
        return;
      }
      case 'invalid_type': {
        const value = valueAt(context.data, path);
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        if (value === undefined) {
          const name = String(path[path.length - 1] ?? 'field');
          const ids = REFERENCES[name] ? idsOf(context.data, REFERENCES[name]) : undefined;
          push(path, withExpected(`is missing. Fix: add \`${name}:\` with ${ids ?? expected}`, field?.description));
        } else {
          push(path, withExpected(`expected ${expected}, found ${describeValue(value)}`, field?.description));
        }
        return;
      }
      case 'invalid_value': {
        const value = valueAt(context.data, path);
        const options = issue.values.map((v) => `\`${String(v)}\``).join(', ');
        push(path, `${describeValue(value)} is not allowed. Fix: use one of ${options}.`);
        return;
      }
      default: {
        // Our schemas write their own "… Fix: …" messages; Zod's generic ones get the field's description.
        push(path, issue.message.includes('Fix:') ? issue.message : withExpected(issue.message, field?.description));
      }
    }
  };
  issues.forEach(visit);
  return out;
}
