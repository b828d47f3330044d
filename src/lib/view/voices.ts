/**
 * A page speaks with two voices: the story's (everything its file says: title,
 * text, statements, quotes, questions, notes) in the story's `lang`, and ours
 * (the interface's words, formatted dates, the actor registry) in English.
 * The page's `<html lang dir>` are the story's; when the two languages differ,
 * each element of ours carries `lang="en"` and each piece of the story's set
 * inside one of ours carries the story's `lang`, so screen readers switch voice
 * and translation tools know what to translate (WCAG 2.2 SC 3.1.1, 3.1.2). When
 * the directions differ too (a story in Arabic), each also carries its `dir`,
 * so each voice is laid out in its own direction.
 */

/** The language of the interface, of formatted dates and of the actor registry. */
export const UI_LANG = 'en';

export type TextDirection = 'ltr' | 'rtl';

/**
 * `lang` and `dir` of an element (`lang={v.lang} dir={v.dir}`), each undefined
 * when there is nothing to mark. Not spread (`{...v}`): Astro then writes a
 * second `class` attribute on elements of components with scoped styles.
 */
export interface VoiceAttributes {
  lang?: string;
  dir?: TextDirection;
}

export interface Voices {
  /** The page's own language and direction, for `<html>`: the story's. */
  page: { lang: string; dir: TextDirection };
  /** For an element of ours. */
  ours: VoiceAttributes;
  /** For a piece of the story's inside an element of ours. */
  theirs: VoiceAttributes;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The direction a language is written in, from its BCP 47 tag (`ar`, `he`, `fa`, `ur`, `ha-Arab` → rtl). */
export function textDirection(lang: string): TextDirection {
  try {
    const locale = new Intl.Locale(lang).maximize() as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The voices of a page in `storyLang`. A regional variant of the interface's
 * language (`en-GB`) needs no marks.
 */
export function voices(storyLang: string): Voices {
  let found = known.get(storyLang);
  if (!found) known.set(storyLang, (found = voicesOf(storyLang)));
  return found;
}

/** Every page of a story asks (its header, its view, its marks, its cards): worked out once per language. */
const known = new Map<string, Voices>();

function voicesOf(storyLang: string): Voices {
  const dir = textDirection(storyLang);
  const page = { lang: storyLang, dir };
  if (primary(storyLang) === primary(UI_LANG)) return { page, ours: {}, theirs: {} };
  const uiDir = textDirection(UI_LANG);
  return dir === uiDir
    ? { page, ours: { lang: UI_LANG }, theirs: { lang: storyLang } }
    : { page, ours: { lang: UI_LANG, dir: uiDir }, theirs: { lang: storyLang, dir } };
}
