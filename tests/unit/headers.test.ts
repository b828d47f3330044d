import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/serve.mjs';
import { headersFile } from '../../src/integrations/headers.ts';

describe('the _headers file', () => {
  test.each(['/', '/news/analysis/'])('with base %s, full pages refuse framing and embeds allow it', (base) => {
    const rules = parseHeaders(headersFile(base, { embedAncestors: '*' }));
    const prefix = base.replace(/\/$/, '');
    const page = headersFor(rules, `${prefix}/some-story/claims/`);
    expect(page['Content-Security-Policy']).toBe("frame-ancestors 'self'");
    expect(page['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    const embed = headersFor(rules, `${prefix}/embed/some-story/claims/`);
    // One policy only: two CSP headers would both apply and the stricter one would win.
    expect(embed['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['X-Content-Type-Options']).toBe('nosniff');
  });

  test('an allow-list of embedding origins is passed through', () => {
    const rules = parseHeaders(headersFile('/', { embedAncestors: 'https://a.example https://b.example' }));
    expect(headersFor(rules, '/embed/x/')['Content-Security-Policy']).toBe(
      'frame-ancestors https://a.example https://b.example',
    );
  });
});
