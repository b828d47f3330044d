import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { typesetStrings, typesetter } from '../../src/lib/typeset.ts';

const NBSP = '\u00A0';

describe('typesetting for the story’s language', () => {
  const french = typesetter('fr-CA')!;

  test.each([
    ['Tram de Montreval : la maire', `Tram de Montreval${NBSP}: la maire`],
    ['La grève est-elle finie ? Oui !', `La grève est-elle finie${NBSP}? Oui${NBSP}!`],
    ['il a dit ; puis', `il a dit${NBSP}; puis`],
    ['« dans les délais »', `«${NBSP}dans les délais${NBSP}»`],
    ['45 000 voyageurs, 1 500 000 euros', `45${NBSP}000 voyageurs, 1${NBSP}500${NBSP}000 euros`],
    ['à 18 h 30.', `à 18${NBSP}h${NBSP}30.`],
    ['en 2019 2020 fois', 'en 2019 2020 fois'],
  ])('French: %s', (text, expected) => {
    expect(french(text)).toBe(expected);
  });

  test('languages that ask for nothing are left alone', () => {
    expect(typesetter('en')).toBeUndefined();
    expect(typesetter('ar')).toBeUndefined();
  });

  test('only spaces change, one for one, into no-break spaces: the text stays verbatim', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', ' ', ':', '?', '«', '»', '1', '0', 'h', '.') }),
        (text) => {
          const out = french(text);
          expect(out).toHaveLength(text.length);
          [...out].forEach((char, i) => {
            if (char !== text[i]) expect([text[i], char]).toEqual([' ', NBSP]);
          });
        },
      ),
    );
  });

  test('every string of a story’s data is typeset, nothing else changes', () => {
    const data = { title: 'Tram : oui', n: 3, tags: ['a ?'], date: { edtf: '2025-03', note: 'Note ; ici' } };
    expect(typesetStrings(data, french)).toEqual({
      title: `Tram${NBSP}: oui`,
      n: 3,
      tags: [`a${NBSP}?`],
      date: { edtf: '2025-03', note: `Note${NBSP}; ici` },
    });
    expect(data.title).toBe('Tram : oui');
  });
});
