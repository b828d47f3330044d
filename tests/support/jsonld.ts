import jsonld from 'jsonld';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * schema.org's context is served from the web; offline, it is its vocabulary:
 * every term is a schema.org IRI. Any other remote document is refused.
 */
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
  }
  throw new Error(`no network: refused to load ${url}`);
};

/** The JSON-LD blocks of a page, as parsed JSON. */
export function jsonLdBlocks(html: string): unknown[] {
  const blocks: unknown[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties.type === 'application/ld+json')
      blocks.push(JSON.parse(node.children.map((c) => ('value' in c ? c.value : '')).join('')));
  });
  return blocks;
}

/** Expands with a JSON-LD processor in safe mode: a term it cannot map to an IRI is an error, not a silent drop. */
export async function expand(doc: unknown) {
  return jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);
}

export const S = (term: string) => `https://schema.org/${term}`;
