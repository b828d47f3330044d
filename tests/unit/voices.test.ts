import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { UI_LANG, voices } from '../../src/lib/view/voices.ts';
import { FIXTURES } from '../support/content-root.ts';

describe('the two voices of a page', () => {
  test('a story in the interface’s language, or a regional variant of it, needs no lang marks', () => {
    for (const lang of [UI_LANG, 'en-GB', 'EN-us']) expect(voices(lang)).toMatchObject({ ours: {}, theirs: {} });
  });

  test('a story in another language marks our words with the interface’s and its own with the story’s', () => {
    expect(voices('fr')).toMatchObject({
      page: { lang: 'fr', dir: 'ltr' },
      ours: { lang: UI_LANG },
      theirs: { lang: 'fr' },
    });
    expect(voices('pt-BR')).toMatchObject({ ours: { lang: UI_LANG }, theirs: { lang: 'pt-BR' } });
    expect(voices('fr').ours.dir).toBeUndefined();
  });

  test('a story written right to left sets the page’s direction, and each voice its own', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ha-Arab'])
      expect(voices(lang)).toEqual({
        page: { lang, dir: 'rtl' },
        ours: { lang: UI_LANG, dir: 'ltr' },
        theirs: { lang, dir: 'rtl' },
      });
    expect(voices('ha').page.dir).toBe('ltr');
  });
});

describe('the reference links after marked passages', () => {
  const english = loadContent(join(FIXTURES, 'stories'), { base: '/' }).stories[0]!;
  const french = loadContent(join(FIXTURES, 'other-language'), { base: '/' }).stories[0]!;
  const events = (story: typeof english) => story.marks.filter((m) => m.kind === 'event');

  test('in a story in English: no lang, and an event is named by its title', () => {
    expect(english.marks.every((m) => m.voice === undefined)).toBe(true);
    expect(events(english).length).toBeGreaterThan(0);
    for (const mark of events(english)) {
      const event = english.data.events.find((e) => mark.anchor === `event-${e.id}`)!;
      expect(mark.description).toContain(`“${event.title}”`);
    }
  });

  test('in a story in another language: lang="en", and no name mixes the story’s words into ours', () => {
    expect(french.marks.every((m) => m.voice?.lang === UI_LANG && m.voice.dir === undefined)).toBe(true);
    expect(events(french).length).toBeGreaterThan(0);
    for (const mark of french.marks) {
      const item = [...french.data.events, ...french.data.claims, ...french.data.assessments].find((x) =>
        mark.anchor.endsWith(`-${x.id}`),
      )!;
      const storyWords = 'title' in item ? item.title : item.statement;
      expect(mark.description).not.toContain(storyWords);
    }
  });
});
