import { describe, expect, test } from 'vitest';
import { findVerbatim, normaliseForMatch } from '../../src/lib/text.ts';

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
