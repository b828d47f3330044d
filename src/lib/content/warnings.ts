/**
 * What the editor should look at though the story builds: reported by `npm run check` and the
 * build as warnings, each naming the file, the field and the limit.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import { headlinesCut } from '../og/cards.ts';
import { listInWords } from '../view/labels.ts';
import { type ContentIssue, formatPath } from './errors.ts';

export function storyWarnings(
  file: string,
  data: ArticleData,
  registry: ReadonlyMap<string, Actor>,
  siteName: string,
): ContentIssue[] {
  const cut = headlinesCut(siteName, data, registry);
  if (!cut.length) return [];
  const shown = Math.min(...cut.map((c) => c.shown));
  const one = cut.length === 1;
  const pages = listInWords(cut.map((c) => c.view));
  const where = one ? `the ${pages} page's preview image` : `the preview images of the ${pages} pages`;
  return [
    {
      file,
      path: ['title'],
      message: `is ${[...data.title].length} characters: ${where} ${one ? 'holds' : 'hold'} ${shown} of them even in ${one ? 'its' : 'their'} smallest type, and ${one ? 'cuts' : 'cut'} the rest after a word with "…". Fix: shorten the headline to ${shown} characters or fewer, or check that the cut still reads right.`,
    },
  ];
}

/** `content/articles/x.md: title: is 185 characters, …`; `x.md: the article text (line 40): …` */
export function formatWarning(issue: ContentIssue): string {
  const line = issue.line ? ` (line ${issue.line})` : '';
  const where = issue.path.length ? formatPath(issue.path) : 'the article text';
  return `${issue.file}: ${where}${line}: ${issue.message}`;
}
