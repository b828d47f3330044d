import { describe, expect, test } from 'vitest';
import { BUDGETS, pageWeights, weightTable } from '../support/page-weight.ts';

const weights = pageWeights();

describe('byte budgets (gzip)', () => {
  test('table', () => {
    console.log(`\n${weightTable(weights)}\n`);
    expect(weights.length).toBeGreaterThan(0);
  });

  test.each(weights.map((w) => [w.path, w] as const))('%s', (_path, weight) => {
    expect(weight.htmlGzip + weight.cssGzip, 'HTML with its CSS fits one round trip (14 KB)').toBeLessThanOrEqual(
      BUDGETS.html,
    );
    expect(weight.jsGzip, 'optional JavaScript').toBeLessThanOrEqual(BUDGETS.optionalJs);
  });
});
