/**
 * Optional sharing enhancements (the links work without this):
 * - any `<a data-copy-link href>` on the page copies its absolute URL instead of navigating,
 *   and says so where it was clicked ("Copied");
 * - `[data-copy-text]` gets a Copy button;
 * - the share bar gets a native "Share…" button where `navigator.share` exists.
 */
const statusRegion = document.querySelector<HTMLElement>('.share__status');

function say(message: string) {
  if (!statusRegion) return;
  statusRegion.textContent = message;
  setTimeout(() => (statusRegion.textContent = ''), 4000);
}

async function copy(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    say(`${what} copied.`);
    return true;
  } catch {
    say(`Could not copy the ${what.toLowerCase()}: select it and copy it yourself.`);
    return false;
  }
}

/**
 * The clicked link says "Copied" for a moment, where the reader looks (the status line, which a
 * screen reader announces, may be a screen away).
 */
function copied(link: HTMLAnchorElement) {
  const text = link.textContent;
  if (text === 'Copied') return;
  link.textContent = 'Copied';
  setTimeout(() => (link.textContent = text), 2000);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void copy(link.href, 'Link').then((ok) => ok && copied(link));
});

function button(label: string, onClick: () => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

if (navigator.clipboard) {
  for (const block of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
    block.after(button('Copy text', () => void copy(block.textContent ?? '', 'Text')));
  }
}

const list = document.querySelector('.share__list');
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
if (list && typeof navigator.share === 'function') {
  const item = document.createElement('li');
  item.append(
    button('Share…', () => {
      navigator.share({ title: document.title, url: canonical }).catch(() => undefined);
    }),
  );
  list.prepend(item);
}

export {};
