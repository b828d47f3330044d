/**
 * Runs inside an embed page (≤ 1 KB gzip, no dependency; README, "Embedding").
 * It tells the host page how tall the content is, on load and on every size
 * change, in each dialect a host asked for:
 *   - ours:      { type: 'counterpoint:height', id, height }, always
 *                (id = the frame URL's `id` parameter, else its path)
 *   - WordPress: { secret, message: 'height', value }
 *                when the frame URL carries `#?secret=…` (wp-includes/js/wp-embed.js)
 *   - pym.js:    'pymxPYMx<childId>xPYMxheightxPYMx<height>'
 *                when the frame URL carries pym's `?childId=` (pym.Parent adds it),
 *                sent only to the origin of its `parentUrl`
 * and answers a host's "ready" ({ type: 'counterpoint:ready' }, or WordPress's
 * { message: 'ready', secret }) by sending the height again, for hosts whose
 * script loaded after the frame. Our messages carry only a height, so they go
 * to any parent ('*'); hosts check who sent them.
 * It also applies ?theme=light|dark and ?transparent=1, switches theme when the
 * parent says { type: 'counterpoint:theme', theme: 'light' | 'dark' | 'auto' },
 * keeps the whole view inside the frame when the host is printed, and keeps
 * links out of the frame: same-page anchors go to the full page, and
 * under WordPress (whose sandbox forbids new tabs) links to this site are
 * handed to the host.
 */
const params = new URLSearchParams(location.search);
const root = document.documentElement;
if (params.get('transparent') === '1') root.dataset.transparent = '';

function applyTheme(theme: unknown) {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else if (theme === 'auto') delete root.dataset.theme;
}
applyTheme(params.get('theme'));

// WordPress secrets are alphanumeric; its host script ignores anything else.
const secret = /[#&?]secret=([a-zA-Z0-9]{1,64})/.exec(location.hash)?.[1];
const pymId = params.get('childId');
let pymOrigin = '*';
try {
  const origin = new URL(params.get('parentUrl') ?? '').origin;
  if (/^https?:/.test(origin)) pymOrigin = origin;
} catch {
  // No usable `parentUrl` (pym's optionalparams: false): the message carries only a height.
}
const id = params.get('id') ?? location.pathname;
const host = window.parent;
let last = 0;

// The width each reported height was measured at (the host may not have applied the latest yet).
const widths = new Map<number, number>();

function post(again?: boolean) {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (host === window || (height === last && !again)) return;
  last = height;
  widths.set(height, root.clientWidth);
  host.postMessage({ type: 'counterpoint:height', id, height }, '*');
  if (secret) host.postMessage({ secret, message: 'height', value: height }, '*');
  if (pymId) host.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, pymOrigin);
}

new ResizeObserver(() => post()).observe(document.body);

addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== host || !data) return;
  if (data.type === 'counterpoint:theme') applyTheme(data.theme);
  if (data.type === 'counterpoint:ready' || (secret && data.message === 'ready' && data.secret === secret)) post(true);
});

// Printing the host prints this frame at the height the host gave it, but laid out at the page's
// width, where the view may be taller: keep the layout that height was measured at, scaled down to
// the page. CSS does the scaling, since the frame may learn its printed width only after this event.
const body = document.body.style;
addEventListener('beforeprint', () => {
  const width = widths.get(innerHeight);
  if (!width) return;
  // On a page as wide as that or wider the view is no taller: lay it out at the page's width.
  body.width = `max(100vw, ${width}px)`;
  body.zoom = `min(1, calc(100vw / ${width}px))`;
});
addEventListener('afterprint', () => (body.width = body.zoom = ''));

addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link) return;
  // In an auto-height frame an in-page anchor cannot scroll anything: open it on the full page.
  if (link.hash && link.pathname === location.pathname) {
    link.href = (document.querySelector('link[rel=canonical]') as HTMLLinkElement).href + link.hash;
  }
  if (secret && link.host === location.host) {
    event.preventDefault();
    host.postMessage({ secret, message: 'link', value: link.href }, '*');
  }
});
