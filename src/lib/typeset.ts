/**
 * Typesetting a story's language asks for, done the way a typesetter does it: a
 * space the editor typed becomes a no-break space where that language forbids a
 * line break. Only spaces change, one character for one, never a letter, so the
 * text stays verbatim (verbatim matching treats every space alike).
 *
 * French sets a space before `:` `;` `!` `?` `»` and after `«`, between digit
 * groups (`45 000`) and around the `h` of a time (`18 h 30`); a line must not break
 * at any of them (a headline ending "… de la ville" / ": le maire…" is a typesetting fault).
 */

const NBSP = '\u00A0';

/** Spaces that must not break a line, per language (its primary subtag). */
const RULES: Record<string, RegExp[]> = {
  fr: [/ (?=[:;!?»])/g, /(?<=«) /g, /(?<=\d) (?=\d{3}(?!\d))/g, /(?<=\d) (?=h\b)/g, /(?<=\d[ \u00A0]h) (?=\d)/g],
};

/** The typesetter for a BCP 47 language tag, or undefined when the language asks for nothing. */
export function typesetter(lang: string): ((text: string) => string) | undefined {
  const rules = RULES[lang.toLowerCase().split('-')[0]!];
  if (!rules) return undefined;
  return (text) => rules.reduce((out, rule) => out.replace(rule, NBSP), text);
}

/** Every string inside `value` typeset (a copy: objects and arrays are rebuilt, `value` is not changed). */
export function typesetStrings<T>(value: T, typeset: (text: string) => string): T {
  if (typeof value === 'string') return typeset(value) as T;
  if (Array.isArray(value)) return value.map((item) => typesetStrings(item, typeset)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, typesetStrings(item, typeset)]),
    ) as T;
  }
  return value;
}
