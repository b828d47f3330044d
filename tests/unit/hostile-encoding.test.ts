import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { csvCell } from '../../src/lib/export/story-data.ts';
import { markdownOptions } from '../../src/markdown/pipeline.ts';

// Hostile values that reach a consumer other than our pages: a spreadsheet, a
// browser resolving a link. Each must arrive encoded for that consumer.
const processor = await createMarkdownProcessor(markdownOptions);

const OURS = 'https://our.example/story/';
/** Each rendered link as a browser resolves it on our page, and whether it carries rel. */
async function links(markdown: string) {
  const html = (await processor.render(markdown)).code;
  return [...html.matchAll(/<a href="([^"]*)"([^>]*)>/g)].map(([, href, rest]) => ({
    host: new URL(href!.replace(/&#x26;|&amp;/g, '&'), OURS).host,
    rel: /rel="noopener noreferrer"/.test(rest!),
  }));
}

describe('links that leave the site are treated as external', () => {
  test.each([
    ['scheme-relative', '[x](//evil.example/x)'],
    ['scheme-relative in angle brackets', '[x](<//evil.example/x>)'],
    ['backslash after a slash', '[x](/\\evil.example/x)'],
    ['two backslashes', '[x](\\\\evil.example/x)'],
    ['slash, tab, slash', '[x](</\t/evil.example/x>)'],
    ['a reference definition', '[x]\n\n[x]: //evil.example/x'],
  ])('%s', async (_name, markdown) => {
    for (const link of await links(markdown)) {
      if (link.host !== 'our.example') expect(link.rel, `${link.host} without rel`).toBe(true);
    }
  });

  test('a scheme-relative link is kept, as the external link it is', async () => {
    expect(await links('[x](//evil.example/x)')).toEqual([{ host: 'evil.example', rel: true }]);
  });

  test('same-site paths stay same-site links without rel', async () => {
    const found = await links('[a](/story/) [b](./x/) [c](../y/) [d](#claim-x)');
    expect(found).toHaveLength(4);
    expect(found.every((l) => l.host === 'our.example' && !l.rel)).toBe(true);
  });
});

/** Where Excel and LibreOffice may start a formula: the cell's start, or after a separator some locale uses. */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
function formulaStarts(cell: string): string[] {
  return unquote(cell)
    .split(/[;\t]/)
    .map((piece) => piece.replace(/^[\s"]+/, ''))
    .filter((piece) => /^[=+\-@＝＋－＠]/.test(piece));
}

describe('CSV cells never start a formula, whatever the separator', () => {
  test.each([
    ['a leading =', "=cmd|' /C calc'!A0"],
    ['a semicolon locale', "x;=cmd|' /C calc'!A0;y"],
    ['a tab-separated paste', 'x\t=1+1'],
    ['a full-width equals sign', '＝1+1'],
    ['after a semicolon and a space', 'x; +SUM(1)'],
    ['an at sign after a semicolon', 'x;@SUM(1)'],
    ['a minus after a semicolon', 'x;-2+3'],
  ])('%s: %j', (_name, value) => {
    expect(formulaStarts(csvCell(value))).toEqual([]);
    // Only apostrophes are added: the reader keeps every character the editor wrote.
    expect(unquote(csvCell(value)).replace(/'/g, '')).toBe(value.replace(/'/g, ''));
  });

  test('ordinary text is left alone', () => {
    expect(csvCell('Talks resumed; the strike ended')).toBe('Talks resumed; the strike ended');
    expect(csvCell('2025-03')).toBe('2025-03');
  });
});

describe('an editor’s headings never take the ids of our own anchors', () => {
  test('headings named like our sections and anchors get ids of their own, each once', async () => {
    const html = (
      await processor.render(
        '## Corrections\n\n## Main\n\n### Claim strike-ended\n\n## Event x\n\n## Background\n\n## Background 2\n\n## Background\n\n## خلفية',
      )
    ).code;
    const ids = [...html.matchAll(/<h\d id="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(8);
    for (const ours of ['corrections', 'main', 'claim-strike-ended', 'event-x']) expect(ids).not.toContain(ours);
    expect(new Set(ids).size).toBe(ids.length);
    // Our anchors all start with claim-, assessment-, event- or name a part of our layout: none starts so.
    expect(ids.every((id) => id.startsWith('section-'))).toBe(true);
    expect(ids).toContain('section-خلفية');
  });
});
