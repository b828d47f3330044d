import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatWarning, storyWarnings } from '../../src/lib/content/warnings.ts';
import { cardTitle } from '../../src/lib/og/draw.ts';
import { viewCards } from '../../src/lib/og/cards.ts';
import { FIXTURES } from '../support/content-root.ts';

// The stories fixture draws five lanes on its timeline preview: the least room for a headline.
const content = loadContent(join(FIXTURES, 'stories'), { base: '/' });
const story = content.stories[0]!;
const registry = new Map(content.actors.map((a) => [a.id, a]));
const words =
  'Harbour Authority Says Dock Strike Is Over While Union Leaders, Shipping Lines and Port Researchers All Dispute';
const long = `${words} the Claim That Berths Are Open, That Cargo Moves and That a Wage Deal Was Agreed This Month in Northport`;

test('a headline fit for every preview image gives no warning', () => {
  expect(storyWarnings(story.file, story.data, registry, 'Counterpoint')).toEqual([]);
});

test('a headline longer than a preview can hold is a warning naming the file, the field and the limit', () => {
  const data = { ...story.data, title: long };
  const warnings = storyWarnings(story.file, data, registry, 'Counterpoint');
  expect(warnings).toHaveLength(1);
  const [warning] = warnings;
  expect(warning!.path).toEqual(['title']);
  // The limit said is what the tightest card really shows.
  const shown = Object.values(viewCards('Counterpoint', data, registry)).map((card) => cardTitle(card).text);
  const tightest = Math.min(...shown.map((t) => (t === long ? long.length : t.length - 1)));
  expect(tightest).toBeLessThan(long.length);
  const text = formatWarning(warning!);
  expect(text).toContain(`${story.file}: title: is ${long.length} characters`);
  expect(text).toContain(`timeline`);
  expect(text).toContain(`Fix: shorten the headline to ${tightest} characters or fewer`);
});
