import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { ContentError } from '../lib/content/errors.ts';
import { ACTORS_FILE, ARTICLES_DIR, type LoadedContent, loadContent } from '../lib/content/load.ts';
import type { ExcerptMark } from '../lib/marks.ts';

/**
 * The content root (registry + stories). `COUNTERPOINT_CONTENT_DIR` points the
 * build at other content (test fixtures, the benchmark) without touching `content/`.
 */
export function contentRoot(): string {
  return resolve(process.env.COUNTERPOINT_CONTENT_DIR ?? 'content');
}

/** Changes when any content file changes, so both loaders share one validated read. */
function signature(root: string): string {
  const parts: string[] = [];
  const add = (path: string) => {
    if (existsSync(path)) {
      const stat = statSync(path);
      parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  add(join(root, ACTORS_FILE));
  const dir = join(root, ARTICLES_DIR);
  if (existsSync(dir)) for (const name of readdirSync(dir).sort()) add(join(dir, name));
  return parts.join('|');
}

let cached: { key: string; content: LoadedContent } | undefined;

/** Validates everything once per change; a failure stops the build with the editor-facing report. */
function validatedContent(root: string, base: string): LoadedContent {
  const key = `${root}|${base}|${signature(root)}`;
  if (cached?.key === key) return cached.content;
  try {
    const content = loadContent(root, { base });
    cached = { key, content };
    return content;
  } catch (error) {
    if (error instanceof ContentError) {
      throw new AstroError(
        error.message,
        'Each line names the file, the field and how to fix it. Run `npm run check` to re-check without a full build.',
      );
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
 * The marks reach our rehype plugin through the frontmatter of the text handed
 * to the renderer: they are computed from validated data, never from raw YAML.
 */
function withMarks(marks: ExcerptMark[], body: string): string {
  return `---\n${JSON.stringify({ marks })}\n---\n${body}`;
}

/**
 * The marks were only for the renderer: the store keeps the HTML, not the frontmatter
 * we handed over (it is a fifth of each entry, and the store is read whole by every build).
 */
type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

function withoutMarks(rendered: RenderedContent): RenderedContent {
  return { ...rendered, metadata: { ...rendered.metadata, frontmatter: {} } };
}

/** The `articles` collection: one entry per validated story, rendered through our unified pipeline. */
export function storiesLoader(): Loader {
  return {
    name: 'counterpoint-stories',
    async load(context) {
      const root = contentRoot();
      const sync = async () => {
        const { stories } = validatedContent(root, context.config.base);
        const keep = new Set<string>();
        for (const story of stories) {
          keep.add(story.slug);
          const input = withMarks(story.marks, story.body);
          // The store keeps an entry whose digest is unchanged, data and all: the
          // digest covers the validated data too, or a title-only edit would be lost.
          const digest = context.generateDigest(JSON.stringify({ data: story.data, input }));
          const previous = context.store.get(story.slug);
          const rendered =
            previous?.digest === digest && previous.rendered
              ? previous.rendered
              : withoutMarks(
                  await context.renderMarkdown(input, {
                    fileURL: pathToFileURL(join(root, ARTICLES_DIR, `${story.slug}.md`)),
                  }),
                );
          context.store.set({
            id: story.slug,
            data: { ...story.data },
            body: story.body,
            rendered,
            digest,
            filePath: story.file,
          });
        }
        for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
      };
      await sync();
      watchRoot(context, root, sync);
    },
  };
}

/** The `actors` collection: the shared registry, validated together with the stories that use it. */
export function actorsLoader(): Loader {
  return {
    name: 'counterpoint-actors',
    async load(context) {
      const root = contentRoot();
      const sync = async () => {
        const { actors } = validatedContent(root, context.config.base);
        context.store.clear();
        for (const actor of actors)
          context.store.set({ id: actor.id, data: { ...actor }, digest: context.generateDigest(actor) });
      };
      await sync();
      watchRoot(context, root, sync);
    },
  };
}
