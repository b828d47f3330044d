import { describe, expect, test } from 'vitest';
import { UI_LANG, voices } from '../../src/lib/view/voices.ts';

describe('the two voices of a page', () => {
  test('a story in the interface’s language, or a regional variant of it, needs no lang marks', () => {
    for (const lang of [UI_LANG, 'en-GB', 'EN-us'])
      expect(voices(lang)).toEqual({ ours: undefined, theirs: undefined });
  });

  test('a story in another language marks our words with the interface’s and its own with the story’s', () => {
    expect(voices('fr')).toEqual({ ours: UI_LANG, theirs: 'fr' });
    expect(voices('pt-BR')).toEqual({ ours: UI_LANG, theirs: 'pt-BR' });
  });
});
