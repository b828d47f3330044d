import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { filesUnder } from '../lib/files.ts';
import { ContentError, type ContentIssue } from '../lib/content/errors.ts';
import { ACTORS_FILE, ARTICLES_DIR, loadActors, loadContent } from '../lib/content/load.ts';
import { formatWarning, storyWarnings } from '../lib/content/warnings.ts';
import type { ExcerptMark } from '../lib/marks.ts';
import type { ArticleData } from '../schemas/article.ts';
import { storyCards } from '../lib/og/cards.ts';
import { itemPreviews } from '../lib/og/options.ts';
import { drawsEarly, prefetchCards } from '../lib/og/render.ts';
import { SITE_NAME } from '../lib/site.ts';
import { typesetStrings, typesetter } from '../lib/typeset.ts';

/**
 * The content root (registry + stories). `COUNTERPOINT_CONTENT_DIR` points the
 * build at other content (test fixtures, the benchmark) without touching `content/`.
 */
export function contentRoot(): string {
  return resolve(process.env.COUNTERPOINT_CONTENT_DIR ?? 'content');
}

let codeVersion: string | undefined;

/**
 * A digest of everything besides the content that decides whether a story is
 * valid and how it renders: our source (schemas, checks, markdown plugins), the
 * config and the installed packages. Any change means every story is checked
 * and rendered again.
 */
function codeDigest(context: LoaderContext): string {
  if (codeVersion === undefined) {
    const root = fileURLToPath(context.config.root);
    const files = filesUnder(fileURLToPath(context.config.srcDir));
    const parts = [...files, join(root, 'astro.config.mjs'), join(root, 'package-lock.json')].map((file) =>
      existsSync(file) ? `${relative(root, file)}\n${readFileSync(file, 'utf8')}` : file,
    );
    codeVersion = context.generateDigest(parts.join('\n\0'));
  }
  return codeVersion;
}

/** Turns the content report into Astro's error, which stops the build. */
function orStop<T>(validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (error instanceof ContentError) {
      const stop = new AstroError(
        error.message,
        'Each line names the file, the field and how to fix it. Run `npm run check` to re-check without a full build.',
      );
      // The fault is in the content, not in our code: no stack trace for the editor to wade through.
      stop.stack = '';
      throw stop;
    }
    throw error;
  }
}

function watchRoot(context: LoaderContext, root: string, reload: () => Promise<void>) {
  context.watcher?.add(root);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(root)) reload().catch((error: unknown) => context.logger.error(String(error)));
  });
}

/**
 * The marks and the story's language reach our rehype plugins through the frontmatter
 * of the text handed to the renderer: computed from validated data, never from raw YAML.
 */
function withMarks(marks: ExcerptMark[], lang: string, body: string): string {
  return `---\n${JSON.stringify({ marks, lang })}\n---\n${body}`;
}

/**
 * The marks were only for the renderer: the store keeps the HTML, not the frontmatter
 * we handed over (it is a fifth of each entry, and the store is read whole by every build).
 */
type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

function withoutMarks(rendered: RenderedContent): RenderedContent {
  // No image paths either: our pipeline keeps no relative image (rehype-safe-links), so Astro has
  // nothing to rewrite, and its rewrite would otherwise read the text `__ASTRO_IMAGE_="…"` as one.
  return { ...rendered, metadata: { ...rendered.metadata, frontmatter: {}, imagePaths: [] } };
}

/** A story the renderer fails on stops the build as a content error naming its file, not a stack trace. */
export async function renderOrStop(file: string, render: () => Promise<RenderedContent>): Promise<RenderedContent> {
  try {
    return await render();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return orStop(() => {
      throw new ContentError([
        {
          file,
          path: [],
          message: `could not be turned into a page (${reason}). Fix: look for unusual markup in what changed last and write it more simply; if the text is ordinary, send this message to the site's maintainers.`,
        },
      ]);
    });
  }
}

/**
 * The `articles` collection: one entry per validated story, rendered through our
 * unified pipeline. A story whose text, registry, base and code are all as in
 * the last build keeps its stored entry: it is neither validated nor rendered
 * again (`--force` empties the store, so a forced build checks everything).
 */
export function storiesLoader(): Loader {
  return {
    name: 'counterpoint-stories',
    async load(context) {
      const root = contentRoot();
      const sync = async () => {
        const registryFile = join(root, ACTORS_FILE);
        const registry = existsSync(registryFile) ? readFileSync(registryFile, 'utf8') : '';
        const base = context.config.base;
        const setting = context.generateDigest(`${codeDigest(context)}|${base}|${context.generateDigest(registry)}`);
        const digestOf = (source: string) => context.generateDigest(`${setting}|${source}`);
        const {
          actors,
          stories: checked,
          unchanged,
        } = orStop(() =>
          loadContent(root, {
            base,
            publicDir: fileURLToPath(context.config.publicDir),
            unchanged: (slug, source) => context.store.get(slug)?.digest === digestOf(source),
          }),
        );
        // Checked as written; shown typeset for their language (src/lib/typeset.ts).
        const stories = checked.map((story) => {
          const typeset = typesetter(story.data.lang);
          return typeset ? { ...story, data: typesetStrings(story.data, typeset) } : story;
        });
        if (drawsEarly()) {
          // Every story is valid: its preview images can be drawn on the other cores while this thread renders.
          const registry = new Map(actors.map((actor) => [actor.id, actor]));
          for (const story of stories)
            prefetchCards(storyCards(SITE_NAME, story.data, registry, { items: itemPreviews }));
        }
        const keep = new Set(unchanged);
        for (const story of stories) {
          keep.add(story.slug);
          const rendered = withoutMarks(
            await renderOrStop(story.file, () =>
              context.renderMarkdown(withMarks(story.marks, story.data.lang, story.body), {
                fileURL: pathToFileURL(join(root, ARTICLES_DIR, `${story.slug}.md`)),
              }),
            ),
          );
          // Kept with the entry: an unchanged story is not read again, and still warns.
          rendered.metadata = { ...rendered.metadata, warnings: story.warnings };
          // No `body`: pages use the rendered HTML, and the store is loaded whole by every build.
          context.store.set({
            id: story.slug,
            data: { ...story.data },
            rendered,
            digest: digestOf(story.source),
            filePath: story.file,
          });
        }
        for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
        // Warned on every build and check, for unchanged stories too (from their stored data).
        const byId = new Map(actors.map((actor) => [actor.id, actor]));
        for (const entry of context.store.values()) {
          const file = entry.filePath ?? entry.id;
          const inText = (entry.rendered?.metadata?.warnings ?? []) as ContentIssue[];
          for (const warning of [...storyWarnings(file, entry.data as ArticleData, byId, SITE_NAME), ...inText])
            context.logger.warn(formatWarning(warning));
        }
      };
      await sync();
      watchRoot(context, root, sync);
    },
  };
}

/** The `actors` collection: the shared registry (the stories loader checks every reference to it). */
export function actorsLoader(): Loader {
  return {
    name: 'counterpoint-actors',
    async load(context) {
      const root = contentRoot();
      const sync = async () => {
        const actors = orStop(() => loadActors(root, { base: context.config.base }));
        context.store.clear();
        for (const actor of actors)
          context.store.set({ id: actor.id, data: { ...actor }, digest: context.generateDigest(actor) });
      };
      await sync();
      watchRoot(context, root, sync);
    },
  };
}
