import type { Actor } from '../../schemas/actor.ts';

/** Reader-facing words for actor kinds. */
export const ACTOR_KIND_LABEL: Record<Actor['kind'], string> = {
  person: 'Person',
  government: 'Government',
  'armed-group': 'Armed group',
  'intergovernmental-organisation': 'Intergovernmental organisation',
  bloc: 'Regional bloc',
  state: 'State',
  company: 'Company',
  ngo: 'Non-governmental organisation',
  union: 'Trade union',
  group: 'Group',
  media: 'Media',
  other: 'Other',
};

/** "claim" or "claims", for a count of `n`. */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/**
 * Said of the claims an assessment contradicts ("3 claims an assessment contradicts"). Such a
 * claim is not thereby false: the words say who contradicts it, as the site rates nothing.
 */
export const CONTRADICTED_BY = 'an assessment contradicts';

/**
 * The label of a claim, an assessment or an event: its letter and its place in the story's list
 * (`C1`, `A2`, `E3`). The article's reference links, the claims page, the timeline and the own
 * pages all say it, so a reader can match them.
 */
export function itemLabel(kind: 'claim' | 'assessment' | 'event', index: number): string {
  return `${{ claim: 'C', assessment: 'A', event: 'E' }[kind]}${index + 1}`;
}

/** "1 claim", "3 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${noun(n, one, many)}`;
}

/** "A, B and C" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The lane of the events nobody did (a storm, a law, an election: `actors: []`), and the word
 * said in place of their actors' names everywhere an event names who was involved.
 */
export const BACKGROUND_LANE_NAME = 'Background';

/** Who an event involves, in words: "A, B and C", or "Background" for an event nobody did. */
export function eventActorsInWords(names: readonly string[]): string {
  return names.length ? listInWords(names) : BACKGROUND_LANE_NAME;
}
