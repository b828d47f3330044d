/**
 * Runs inside an embed page (≤ 1 KB gzip, no dependency; README, "Embedding").
 * It tells the host page how tall the content is, on load and on every size
 * change, in two dialects:
 *   - ours:      { type: 'counterpoint:height', id, height }
 *                (id = the frame URL's `id` parameter, else its path)
 *   - WordPress: { secret, message: 'height', value }
 *                when the frame URL carries `#?secret=…` (wp-includes/js/wp-embed.js)
 * and answers a host's "ready" ({ type: 'counterpoint:ready' }, or WordPress's
 * { message: 'ready', secret }) by sending the height again, for hosts whose
 * script loaded after the frame. Messages carry only a height, so they go to
 * any parent ('*'); hosts check who sent them.
 * It also applies ?theme=light|dark and ?transparent=1, and keeps links out of
 * the frame: same-page anchors go to the full page, and under WordPress (whose
 * sandbox forbids new tabs) links to this site are handed to the host.
 */
const params = new URLSearchParams(location.search);
const root = document.documentElement;
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
if (params.get('transparent') === '1') root.dataset.transparent = '';

// WordPress secrets are alphanumeric; its host script ignores anything else.
const secret = /[#&?]secret=([a-zA-Z0-9]{1,64})/.exec(location.hash)?.[1];
const id = params.get('id') ?? location.pathname;
const host = window.parent;
let last = 0;

function post(again?: boolean) {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (host === window || (height === last && !again)) return;
  last = height;
  host.postMessage({ type: 'counterpoint:height', id, height }, '*');
  if (secret) host.postMessage({ secret, message: 'height', value: height }, '*');
}

new ResizeObserver(() => post()).observe(document.body);

addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== host || !data) return;
  if (data.type === 'counterpoint:ready' || (secret && data.message === 'ready' && data.secret === secret)) post(true);
});

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
