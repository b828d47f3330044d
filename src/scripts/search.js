/**
 * The search page's script: loads Pagefind's index (src/integrations/search-index.ts)
 * when the reader first turns to the search box, then searches as they type, with
 * filters by kind, actor and topic. Results are written as text, never as HTML.
 * Served minified at `routes.searchScript()` (src/pages/search/search.js.ts), a
 * file of its own so that Pagefind is imported from our origin at run time.
 */
/* global document, Option */

const SHOWN = 20;
const searchRoot = document.querySelector('[data-search]');
if (searchRoot) {
  const root = searchRoot;
  const base = root.dataset.base ?? '/';
  const input = root.querySelector('input');
  const selects = [...root.querySelectorAll('select')];
  const status = root.querySelector('[role="status"]');
  const list = root.querySelector('ol');
  let loading;
  let listing;
  let latest = 0;

  const load = () =>
    (loading ??= (async () => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options({ excerptLength: 0 });
      return pagefind;
    })());
  // The actor and topic lists grow with the archive: fetched when a reader turns to them, not for a first search.
  const loadFilters = () =>
    (listing ??= (async () => {
      const filters = await (await load()).filters();
      for (const select of selects) {
        if (select.name === 'kind') continue;
        const values = Object.keys(filters[select.name] ?? {}).sort((a, b) => a.localeCompare(b));
        for (const value of values) select.add(new Option(value, value));
      }
    })());

  const run = async () => {
    const id = ++latest;
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await load();
    const found = await pagefind.search(query || null, { filters });
    if (!found || id !== latest) return;
    const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    if (id !== latest) return;
    list.replaceChildren(
      ...data.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const about = document.createElement('span');
        about.className = 'search__about';
        about.textContent = [result.meta.kind, result.meta.date, result.meta.story && `in “${result.meta.story}”`]
          .filter(Boolean)
          .join(' · ');
        item.append(link, about);
        return item;
      }),
    );
    const n = found.results.length;
    status.textContent =
      n === 0
        ? 'No results.'
        : `${n} ${n === 1 ? 'result' : 'results'}${n > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
  };

  root.hidden = false;
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  for (const select of selects) {
    select.addEventListener('focus', () => void (select.name === 'kind' ? load() : loadFilters()), { once: true });
    select.addEventListener('change', () => void run());
  }
}
