import type { Actor } from '../../schemas/actor.ts';

/** Reader-facing words for actor kinds. */
export const ACTOR_KIND_LABEL: Record<Actor['kind'], string> = {
  person: 'Person',
  government: 'Government',
  'armed-group': 'Armed group',
  'intergovernmental-organisation': 'Intergovernmental organisation',
  bloc: 'Regional bloc',
  state: 'State',
  company: 'Companies',
  group: 'Group',
  media: 'Media',
  other: 'Other',
};

/** "A, B and C" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
