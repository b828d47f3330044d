import { expect, test } from 'vitest';
import { renderOrStop } from '../../src/loaders/stories.ts';

test('a story the renderer throws on stops the build naming its file, with no stack trace', async () => {
  const render = () => Promise.reject(new RangeError('Maximum call stack size exceeded\n    at visit (x.js:1:1)'));
  const stop: unknown = await renderOrStop('content/articles/deep.md', render).catch((error: unknown) => error);
  if (!(stop instanceof Error)) throw new Error('the failure was not passed on');
  expect(stop.message).toContain('content/articles/deep.md');
  expect(stop.message).toContain('could not be turned into a page (Maximum call stack size exceeded)');
  expect(stop.message).toContain('Fix:');
  expect(stop.message).not.toContain('x.js');
  expect(stop.stack).toBe('');
});

test('a story that renders is passed through', async () => {
  await expect(renderOrStop('a.md', () => Promise.resolve({ html: '<p>x</p>' }))).resolves.toEqual({
    html: '<p>x</p>',
  });
});
