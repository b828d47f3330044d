/**
 * A page speaks with two voices: the story's (everything its file says: title,
 * text, statements, quotes, questions, notes) in the story's `lang`, and ours
 * (the interface's words, formatted dates, the actor registry) in English.
 * The page's `<html lang>` is the story's; when the two languages differ, each
 * element of ours carries `lang="en"` and each piece of the story's set inside
 * one of ours carries the story's `lang`, so screen readers switch voice and
 * translation tools know what to translate (WCAG 2.2 SC 3.1.1, 3.1.2).
 */

/** The language of the interface, of formatted dates and of the actor registry. */
export const UI_LANG = 'en';

/** `lang` attribute values: both undefined (nothing to mark) when the story is in the interface's language. */
export interface Voices {
  /** For an element of ours. */
  ours: string | undefined;
  /** For a piece of the story's inside an element of ours. */
  theirs: string | undefined;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The voices of a page in `storyLang`. Regional variants of the interface's language (`en-GB`) need no marks. */
export function voices(storyLang: string): Voices {
  return primary(storyLang) === primary(UI_LANG)
    ? { ours: undefined, theirs: undefined }
    : { ours: UI_LANG, theirs: storyLang };
}
