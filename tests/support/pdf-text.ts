import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page after page, read with Mozilla's PDF.js (pure
 * JavaScript, offline, no system package for CI to install).
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  // A plain copy: PDF.js refuses Node's Buffer (a Uint8Array subclass).
  const loading = getDocument({ data: new Uint8Array(pdf) });
  const document = await loading.promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const { items } = await (await document.getPage(n)).getTextContent();
    pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await loading.destroy();
  return pages.join('\n');
}
