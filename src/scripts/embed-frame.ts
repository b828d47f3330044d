/**
 * Runs inside an embed page (≤ 1 KB gzip, no dependency). It tells the host
 * page how tall the content is, on load and on every size change, in two
 * dialects:
 *   - ours:      { type: 'counterpoint:height', id, height }  (id = the iframe URL's `id` parameter, else its path)
 *   - WordPress: { secret, message: 'height', value }          when the iframe URL carries `#?secret=…`
 * It also applies `?theme=light|dark` and `?transparent=1`. Messages carry
 * only a height, so they go to any parent ('*'); hosts must check who sent them.
 */
const params = new URLSearchParams(location.search);
const root = document.documentElement;
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
if (params.get('transparent') === '1') root.dataset.transparent = '';

const secret = /[#&?]secret=([\w-]{1,64})/.exec(location.hash)?.[1];
const id = params.get('id') ?? location.pathname;
let last = 0;

function post() {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'counterpoint:height', id, height }, '*');
  if (secret) window.parent.postMessage({ secret, message: 'height', value: height }, '*');
}

new ResizeObserver(post).observe(document.body);
addEventListener('load', post);
