import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A search page for Pagefind's index of the same site, at /pagefind-zoeken/, used as Pagefind
 * is meant to be: its JavaScript API loads on focus, a query fetches the index chunks it needs
 * and the fragments of the first five results (Pagefind UI's first page).
 */
export async function writePagefindPage(site: string): Promise<string> {
  const dir = path.join(site, 'pagefind-zoeken');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagefind</title><script type="module" src="zoeken.js"></script></head>
<body><form id="zoekformulier"><input id="q" type="search"><button>Zoeken</button></form><p id="zoekstatus"></p><ol id="resultaten"></ol></body></html>\n`,
  );
  await writeFile(
    path.join(dir, 'zoeken.js'),
    `const form = document.getElementById('zoekformulier');
const input = document.getElementById('q');
const status = document.getElementById('zoekstatus');
const list = document.getElementById('resultaten');
let pagefind = null;
const load = () => (pagefind ??= import('/pagefind/pagefind.js').then(async (m) => { await m.init(); return m; }));
input.addEventListener('focus', load);
form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const pf = await load();
  const search = await pf.search(input.value);
  const shown = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  list.textContent = '';
  for (const d of shown) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title || d.url;
    const p = document.createElement('p');
    p.innerHTML = d.excerpt;
    li.append(a, p);
    list.append(li);
  }
  status.textContent = search.results.length + ' resultaten';
});
`,
  );
  return '/pagefind-zoeken/';
}
