import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findVerbatim, normaliseForMatch, verbatimMatcher } from '../../src/lib/text.ts';

describe('verbatim matching', () => {
  const block = 'He said Mali was “very far from the scenario”  described\nabroad.';

  test.each([
    ['exact words', 'was “very far from the scenario”', true],
    ['straight quotes for curly ones', 'was "very far from the scenario"', true],
    ['different whitespace', 'described abroad', true],
    ['a changed word', 'was “very close to the scenario”', false],
    ['a dropped word', 'Mali “very far from the scenario”', false],
    ['different case', 'he said mali', false],
  ])('%s', (_name, excerpt, found) => {
    expect(findVerbatim(block, excerpt) !== undefined).toBe(found);
  });

  test('the range found points at the original characters', () => {
    const range = findVerbatim(block, '"very far from the scenario"');
    expect(range && block.slice(range.start, range.end)).toBe('“very far from the scenario”');
  });

  test('text is compared in NFC', () => {
    expect(normaliseForMatch('Cafe\u0301')).toBe(normaliseForMatch('Café'));
  });
});

describe('where a near-miss parts from the article', () => {
  const blocks = ['Intro line.', 'La maire a assuré que la ligne serait livrée « dans les délais » et sans surcoût.'];
  const matcher = verbatimMatcher(blocks);

  test('a changed word: the words up to it, then each text as written', () => {
    expect(matcher.divergence('la ligne serait livrée « dans les temps » et')).toEqual({
      matched: 'la ligne serait livrée « dans les ',
      excerptRest: 'temps » et',
      articleRest: 'délais » et sans surcoût.',
    });
  });

  test('a missing space inside guillemets is found where it is', () => {
    const parted = matcher.divergence('serait livrée "dans les délais"')!;
    expect(parted.matched).toBe('serait livrée "');
    expect(parted.articleRest.startsWith(' dans')).toBe(true);
    expect(parted.excerptRest.startsWith('dans')).toBe(true);
  });

  test('a word or two in common is no lead', () => {
    expect(matcher.divergence('la maison')).toBeUndefined();
  });

  test('for any cut of a paragraph with a changed tail, the match ends where the change starts', () => {
    const words = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'), {
      minLength: 6,
      maxLength: 30,
    });
    fc.assert(
      fc.property(words, fc.nat(), (list, n) => {
        const text = list.join(' ');
        const keep = 3 + (n % (list.length - 3));
        const excerpt = `${list.slice(0, keep).join(' ')} omega`;
        const parted = verbatimMatcher([text]).divergence(excerpt);
        expect(parted).toBeDefined();
        // The longest start of the excerpt found in the text, not more, not less.
        expect(text).toContain(parted!.matched);
        expect(text).not.toContain(`${parted!.matched}${parted!.excerptRest.slice(0, 1)}`);
        expect(`${parted!.matched}${parted!.excerptRest}`.replace(/\s+/g, ' ')).toBe(excerpt);
      }),
    );
  });
});
