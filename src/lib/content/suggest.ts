import type { Actor } from '../../schemas/actor.ts';
import { slugOf } from '../../schemas/common.ts';

/** Levenshtein distance, for "did you mean" suggestions on typos. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const score = editDistance(word.toLowerCase(), option.toLowerCase());
    if (score < bestScore) [best, bestScore] = [option, score];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** " Did you mean `x`?" when a known value is close to what was written, else ''. */
export function didYouMean(word: string, options: Iterable<string>): string {
  const guess = closest(word, [...options]);
  return guess ? ` Did you mean \`${guess}\`?` : '';
}

/**
 * The registry's actor that `written` names: by its name, short name or an alias, or by
 * one of those in id form (an editor who followed a slug hint for a name). Case, accents
 * and punctuation do not count.
 */
export function actorNamed(written: string, actors: Iterable<Actor>): Actor | undefined {
  const wanted = slugOf(written);
  if (!wanted) return undefined;
  for (const actor of actors)
    if ([actor.name, actor.shortName, ...actor.aliases].some((name) => name && slugOf(name) === wanted)) return actor;
  return undefined;
}
