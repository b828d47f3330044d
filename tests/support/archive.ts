import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { generateContent, seededRandom } from '../../scripts/bench/generate.ts';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../content/schema/article.schema.json'), 'utf8'),
) as { properties: Record<string, { maxLength: number }> };

/**
 * A content root of `stories` small synthetic stories, each with the longest
 * title and standfirst the schema allows, in made-up words that do not
 * compress: the worst case for the weight of a page that lists stories.
 * Returns the root (a new temporary folder) and the stories' slugs.
 */
export function longTitledArchive(stories: number, seed = 11): { root: string; slugs: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'cp-archive-'));
  const slugs = generateContent(root, {
    stories,
    seed,
    story: { actors: 2, claims: 1, assessments: 1, events: 1, words: 60 },
  });
  const rng = seededRandom(seed + 1);
  const letters = 'bcdfghjklmnprstvwzaeiouy';
  const word = () =>
    Array.from({ length: 3 + Math.floor(rng() * 7) }, () => letters[Math.floor(rng() * letters.length)]).join('');
  /** Made-up words, exactly `length` characters, ending with a full stop. */
  const prose = (length: number) => {
    let text = word();
    while (text.length < length - 12) text += ` ${word()}`;
    return `${text} ${'x'.repeat(Math.max(1, length - text.length - 2))}.`.slice(0, length);
  };
  for (const file of readdirSync(join(root, 'articles'))) {
    const path = join(root, 'articles', file);
    const [, front, body] = readFileSync(path, 'utf8').split(/^---$/m);
    const data = parse(front!) as Record<string, unknown>;
    data.title = prose(schema.properties.title!.maxLength);
    data.dek = prose(schema.properties.dek!.maxLength);
    writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---${body}`);
  }
  return { root, slugs };
}
