import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { readBody } from '../../markdown/blocks.ts';
import { type Actor, actorRegistrySchema } from '../../schemas/actor.ts';
import { type ArticleData, articleSchema } from '../../schemas/article.ts';
import { forbiddenCharacter, ID_PATTERN, plainActorRef } from '../../schemas/common.ts';
import { type ExcerptMark, excerptMarks } from '../marks.ts';
import { type EntryOrder, entryOrderOf } from '../timeline/order.ts';
import { RESERVED_SLUGS, SLUG_PATTERN } from '../routes.ts';
import { checkRegistry, checkStory } from './cross-check.ts';
import { ContentError, type ContentIssue } from './errors.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { overLimits } from './limits.ts';
import { actorNamed } from './suggest.ts';
import { toContentIssues, valueAt } from './zod-issues.ts';

/** A story that passed every check, ready for the content layer. */
export interface LoadedStory {
  slug: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  /** The validated frontmatter, with the order its file lists the entries in. */
  data: ArticleData & EntryOrder;
  /** Markdown body (after the frontmatter). */
  body: string;
  /** The whole file, for change detection. */
  source: string;
  marks: ExcerptMark[];
  /** What the build changes in the body (unsafe links, raw HTML): warnings, each at its line of the file. */
  warnings: ContentIssue[];
}

export interface LoadedContent {
  actors: Actor[];
  stories: LoadedStory[];
  /** Slugs the caller said were validated before with the same text (`LoadOptions.unchanged`): not parsed again. */
  unchanged: string[];
}

export interface LoadOptions {
  base: string;
  cwd?: string;
  /**
   * A story whose text (NFC) the caller has already validated under the same
   * registry, code and base: skipped, its previous result stands.
   */
  unchanged?: (slug: string, source: string) => boolean;
  /** The site's `public/` folder, where a lead image's `/…` path must lead (default: `./public`). */
  publicDir?: string;
}

export const ACTORS_FILE = 'actors.yaml';
export const ARTICLES_DIR = 'articles';

const storySchema = articleSchema(plainActorRef);
let storyJsonSchema: object | undefined;
let actorsJsonSchema: object | undefined;
const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as object;

/** The validated registry, or undefined when it cannot be read (its problems are in `issues`). */
function loadRegistry(root: string, cwd: string, issues: ContentIssue[]): Actor[] | undefined {
  const path = join(root, ACTORS_FILE);
  const file = relative(cwd, path);
  if (!existsSync(path)) {
    issues.push({
      file,
      path: [],
      message: `the actor registry is missing. Fix: create ${file} with a YAML list of actors.`,
      form: true,
    });
    return undefined;
  }
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (parsed.errors.length) {
    for (const error of parsed.errors)
      issues.push({ file, path: [], line: error.line, message: `is not valid YAML: ${error.message}.`, form: true });
    return undefined;
  }
  const result = actorRegistrySchema.safeParse(parsed.data);
  if (!result.success) {
    actorsJsonSchema ??= jsonSchemaOf(actorRegistrySchema);
    issues.push(
      ...toContentIssues(result.error.issues, {
        file,
        data: parsed.data,
        schema: actorsJsonSchema,
        lineOf: parsed.lineOf,
      }).map((issue) => ({ ...issue, form: true })),
    );
    return undefined;
  }
  checkRegistry(
    result.data,
    (p, message) => issues.push({ file, path: p, message, line: parsed.lineOf(p) }),
    parsed.lineOf,
  );
  return result.data;
}

/** For a site path (`/images/x.jpg`), the file under `publicDir` it names when that file does not exist. */
function missingPublicFile(src: string | undefined, publicDir: string): string | undefined {
  if (!src?.startsWith('/')) return undefined;
  const path = src.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A stray `%`: look the path up as written.
  }
  const onDisk = join(publicDir, decoded);
  return existsSync(onDisk) ? undefined : onDisk;
}

/** Where a story names actors by id: a claim's `actor`, the `actors` of assessments and events, `lanes`. */
const ACTOR_FIELDS = new Set(['actor', 'actors', 'lanes']);

/**
 * For a name written where an actor's id belongs: the message with the id of the registry's
 * actor of that name (or short name, or alias), when there is one. Undefined otherwise.
 * Where one id belongs (`actor`, an item of `actors` or `lanes`) the advice replaces the
 * message; where a list belongs and a name stands alone, the message stays (the list is the
 * first fault) and the advice says how the list is written, so fixing one fault does not
 * reveal the other.
 */
function actorNameAdvice(
  issue: ContentIssue,
  data: unknown,
  actors: ReadonlyMap<string, Actor> | undefined,
): string | undefined {
  const [last, beforeLast] = [issue.path.at(-1), issue.path.at(-2)];
  const oneId = last === 'actor' || (typeof last === 'number' && ACTOR_FIELDS.has(String(beforeLast)));
  const list = typeof last === 'string' && last !== 'actor' && ACTOR_FIELDS.has(last);
  if (!actors || !(oneId || list)) return undefined;
  const written = valueAt(data, issue.path);
  if (typeof written !== 'string' || ID_PATTERN.test(written)) return undefined;
  const actor = actorNamed(written, actors.values());
  if (!actor) return undefined;
  if (oneId) return `"${written}" is the name of an actor, not its id. Fix: write its id, \`${actor.id}\`.`;
  return `${issue.message.replace(/\.$/, '')}. Fix: write its id in a list, \`[${actor.id}]\` ("${written}" is the name of an actor).`;
}

function loadStory(
  path: string,
  cwd: string,
  /** The registry by id; undefined when it could not be read (actor ids are then not checked). */
  actors: ReadonlyMap<string, Actor> | undefined,
  options: LoadOptions,
  issues: ContentIssue[],
): LoadedStory | 'unchanged' | undefined {
  const file = relative(cwd, path);
  const slug = basename(path, '.md');
  const before = issues.length;
  if (!SLUG_PATTERN.test(slug))
    issues.push({
      file,
      path: [],
      message: `the file name "${slug}" is not a valid slug (it becomes the URL). Fix: rename it with lower-case letters, digits and single hyphens, e.g. council-rejects-budget.md.`,
    });
  else if (RESERVED_SLUGS.has(slug))
    issues.push({
      file,
      path: [],
      message: `"${slug}" is a reserved name (it would clash with the site's own pages). Fix: rename the file.`,
    });

  const source = readFileSync(path, 'utf8').normalize('NFC');
  if (issues.length === before && options.unchanged?.(slug, source)) return 'unchanged';
  const split = splitFrontmatter(source);
  if (!split) {
    issues.push({
      file,
      path: [],
      line: 1,
      message: 'has no frontmatter. Fix: start the file with a `---` line, the YAML fields, and another `---` line.',
    });
    return undefined;
  }
  const parsed = parseYaml(split.yaml, 1);
  if (parsed.errors.length) {
    for (const error of parsed.errors)
      issues.push({
        file,
        path: [],
        line: error.line,
        message: `the frontmatter is not valid YAML: ${error.message}.`,
        form: true,
      });
    return undefined;
  }
  const result = storySchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    storyJsonSchema ??= jsonSchemaOf(storySchema);
    issues.push(
      ...toContentIssues(result.error.issues, {
        file,
        data: parsed.data,
        schema: storyJsonSchema,
        lineOf: parsed.lineOf,
      }).map((issue) => ({
        ...issue,
        message: actorNameAdvice(issue, parsed.data, actors) ?? issue.message,
        form: true,
      })),
    );
    return undefined;
  }
  if (split.body.trim() === '')
    issues.push({ file, path: [], message: 'has no article text. Fix: put the article body after the closing `---`.' });
  // Before any parser: a text past these limits would stall or crash it.
  const over = overLimits(split.body);
  for (const problem of over)
    issues.push({
      file,
      path: [],
      ...(problem.line ? { line: split.bodyLine + problem.line - 1 } : {}),
      message: problem.message,
    });
  if (over.length) return undefined;
  // Tabs indent markdown; every other control character is refused as in the fields.
  const invisible = forbiddenCharacter(split.body.replace(/\t/g, ' '));
  if (invisible) {
    const line = split.bodyLine + split.body.slice(0, invisible.index).split('\n').length - 1;
    issues.push({ file, path: [], line, message: `the article text ${invisible.message}` });
  }
  const body = readBody(split.body);
  for (const { line, message } of body.broken)
    issues.push({ file, path: [], line: split.bodyLine + line - 1, message });
  checkStory(
    result.data,
    body.blocks,
    actors,
    (p, message) => issues.push({ file, path: p, message, line: parsed.lineOf(p) }),
    parsed.lineOf,
  );
  const missing = missingPublicFile(result.data.image?.src, options.publicDir ?? resolve('public'));
  if (missing)
    issues.push({
      file,
      path: ['image', 'src'],
      line: parsed.lineOf(['image', 'src']),
      message: `"${result.data.image!.src}" is not a file of the site: there is no ${relative(cwd, missing) || missing}. Fix: put the image there, or correct the path (or use an \`https://\` address).`,
    });
  if (issues.length > before) return undefined;
  return {
    slug,
    file,
    // Validation keeps each list's order but not which list came first: the lines tell.
    data: { ...result.data, entryOrder: entryOrderOf(result.data, parsed.lineOf) },
    body: split.body,
    source,
    warnings: body.dropped.map(({ line, message }) => ({ file, path: [], line: split.bodyLine + line - 1, message })),
    marks: excerptMarks(slug, result.data, actors ?? new Map(), options.base),
  };
}

/**
 * Reads and validates the whole content root (registry + stories). Throws one
 * ContentError listing every problem, so an editor fixes them in one pass.
 */
export function loadContent(root: string, options: LoadOptions): LoadedContent {
  const cwd = options.cwd ?? process.cwd();
  const issues: ContentIssue[] = [];
  const actors = loadRegistry(root, cwd, issues);
  // An unreadable registry is reported once; the stories' actor ids wait for it to read.
  const byId = actors && new Map(actors.map((a) => [a.id, a]));

  const dir = join(root, ARTICLES_DIR);
  const dirLabel = relative(cwd, dir) || dir;
  const files =
    existsSync(dir) && statSync(dir).isDirectory()
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.md'))
          .sort()
      : undefined;
  if (!files) {
    issues.push({
      file: dirLabel,
      path: [],
      message: `the stories folder is missing. Fix: create ${dirLabel}/ with one <slug>.md per story.`,
    });
  } else if (files.length === 0) {
    issues.push({
      file: dirLabel,
      path: [],
      message: `there are no stories. Fix: add at least one ${dirLabel}/<slug>.md.`,
    });
  }
  const stories: LoadedStory[] = [];
  const unchanged: string[] = [];
  for (const name of files ?? []) {
    const story = loadStory(join(dir, name), cwd, byId, options, issues);
    if (story === 'unchanged') unchanged.push(basename(name, '.md'));
    else if (story) stories.push(story);
  }

  if (issues.length) throw new ContentError(issues);
  return { actors: actors ?? [], stories, unchanged };
}

/**
 * The validated registry alone (cheap). On any problem, the whole content root
 * is validated so the report lists everything wrong, stories included.
 */
export function loadActors(root: string, options: LoadOptions): Actor[] {
  const issues: ContentIssue[] = [];
  const actors = loadRegistry(root, options.cwd ?? process.cwd(), issues);
  if (issues.length || !actors) loadContent(root, options);
  if (issues.length || !actors) throw new ContentError(issues);
  return actors;
}
