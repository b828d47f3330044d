import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { LoadedStory } from '../../src/lib/content/load.ts';

/** A piece of text a screen reader speaks, with the language it would speak it in. */
export interface SpokenText {
  text: string;
  /** The `lang` in force: the nearest `lang` attribute on the element or its ancestors. */
  lang: string;
  /** The direction in force: the nearest `dir` attribute (`<html dir>` included). */
  dir: string;
  /** Where it is: the element's tag, plus the attribute when the text is an attribute's value. */
  where: string;
}

const SPOKEN_ATTRIBUTES = ['alt', 'ariaLabel', 'title'] as const;
const SILENT = new Set(['script', 'style', 'template', 'head']);
/**
 * Text to copy elsewhere, not prose of the page: embed code and addresses
 * (`<code>`, `<textarea>`) and the ready-made post text of the share bar
 * (`data-copy-text`), which joins the story's title to our words by nature.
 */
const COPY_ONLY = (el: Element) =>
  el.tagName === 'code' || el.tagName === 'textarea' || 'dataCopyText' in el.properties;

/** Every text node and spoken attribute (alt, aria-label, title) of a page's body, with the language in force. */
export function spokenTexts(html: string): SpokenText[] {
  const out: SpokenText[] = [];
  const visit = (node: Root | RootContent, lang: string, dir: string, tag: string) => {
    if (node.type === 'text') {
      const text = node.value.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, lang, dir, where: tag });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let here = lang;
    let hereDir = dir;
    let name = tag;
    if (node.type === 'element') {
      const el = node as Element;
      if (SILENT.has(el.tagName) || COPY_ONLY(el)) return;
      if (typeof el.properties.lang === 'string') here = el.properties.lang;
      if (typeof el.properties.dir === 'string') hereDir = el.properties.dir;
      name = el.tagName;
      for (const attr of SPOKEN_ATTRIBUTES) {
        const value = el.properties[attr];
        if (typeof value === 'string' && value.trim())
          out.push({ text: value.replace(/\s+/g, ' ').trim(), lang: here, dir: hereDir, where: `${name}[${attr}]` });
      }
    }
    for (const child of node.children) visit(child, here, hereDir, name);
  };
  const tree = fromHtml(html);
  const htmlEl = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  const attr = (name: 'lang' | 'dir') => {
    const value = htmlEl?.properties[name];
    return typeof value === 'string' ? value : '';
  };
  visit(tree, attr('lang'), attr('dir'), '');
  return out;
}

/** Letters and digits only, lower-cased: punctuation, quotation marks and spacing are typesetting. */
export const wordsOf = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What the story's file says in the story's own language: every free-text field and
 * the body. Names (of the publisher, the source, the author, actors) are left out:
 * a name reads the same in either voice.
 */
export function authoredTexts(story: LoadedStory): string[] {
  const d = story.data;
  const note = (date: { note?: string }) => date.note;
  const texts = [
    d.title,
    d.dek,
    // The source as the editor names it, often with a date in the story's language.
    d.source.name,
    ...(d.places ?? []),
    ...(d.tags ?? []),
    ...(d.corrections ?? []).map((c) => c.text),
    d.image?.alt,
    d.image?.caption,
    d.image?.credit,
    ...d.questions.map((q) => q.text),
    ...d.claims.flatMap((c) => [c.statement, c.excerpt, ...(c.quotes ?? []), note(c.date)]),
    ...(d.assessments ?? []).flatMap((a) => [a.statement, a.excerpt, a.basis, ...(a.quotes ?? []), note(a.date)]),
    ...(d.events ?? []).flatMap((e) => [e.title, e.summary, e.excerpt, note(e.date)]),
    // The body as plain words: headings and paragraphs.
    ...story.body.split(/\n{2,}/).map((block) => block.replace(/^#+\s*/, '')),
  ];
  return texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map(wordsOf);
}
