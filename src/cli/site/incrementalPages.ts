import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The templates that make one page per item of the view model, the item's key as their permalink
 * uses it, and the global data `paginate` they take their items from (site/*.njk). The files
 * under /data/ (model.files) are not rendered: buildSite writes them as exportFiles made them.
 */
const COLLECTIONS = [
  { name: 'meetings', template: 'vergaderingen/vergadering.njk', key: (i: { id: string }) => i.id },
  { name: 'agreements', template: 'afspraken/afspraak.njk', key: (i: { id: string }) => i.id },
  { name: 'owners', template: 'eigenaren/eigenaar.njk', key: (i: { slug: string }) => i.slug },
  { name: 'documents', template: 'stukken/stuk.njk', key: (i: { id: string }) => i.id },
  { name: 'filters', template: 'lijsten/filter.njk', key: (i: { key: string }) => i.key },
] as const;

/** What the last build wrote: per page, the fingerprint of what it was made from, and where it went. */
export interface SiteManifest {
  out: string;
  /** Fingerprint of the non-public names the files were checked against. */
  names: string;
  pages: Record<string, [fingerprint: string, file: string, bytes: number]>;
  /** Per page, the agreements it linked to by id when it was made: part of its input fingerprint. */
  refs?: Record<string, string[]>;
}

/** A collection of pages that can say what each page is made from without making it (PageCollection of siteSlices.ts). */
export interface InputCollection {
  name: CollectionName;
  count: number;
  id(i: number): string;
  inputKey(i: number, refs: string[]): string;
}

/**
 * The plan of one build, fed a part of the view model at a time (the build makes and drops the
 * site in slices): each file, page and overview whose fingerprint is as in the last build into the
 * same folder is taken from there instead of written again.
 */
export interface PagePlan {
  /** Files (relative to the site) taken over from the last build, with their size. */
  reused: { file: string; bytes: number }[];
  /** Whether the reused files were checked against the same non-public names. */
  namesChecked: boolean;
  /** Templates that are not paginated (overviews): each renders once, in the first Eleventy run. */
  overviews: string[];
  /** Whether a file of /data/ must be written (false: taken over). */
  file(f: { path: string; content: string; bytes: number }): boolean;
  /** The items of a collection Eleventy must render (the rest are taken over), by their view models' fingerprints. */
  items<K extends CollectionName>(collection: K, items: unknown[]): unknown[];
  /**
   * The pages of a collection that must be made and rendered, by the fingerprints of their inputs:
   * those whose inputs are as in the last build are taken over without making their view model.
   */
  select(c: InputCollection): number[];
  /** Notes the pages made of `select`'s choice, with the agreements each linked to, before they are rendered. */
  made(c: InputCollection, indexes: number[], refs: Map<number, string[]>): void;
  /** Overviews whose parts of the view model are as in the last build: not rendered, their page taken over. */
  unchangedOverviews(part: (k: string) => unknown): string[];
  /** Notes where Eleventy wrote the pages of one run. */
  rendered(results: { inputPath: string; outputPath: string; url: string }[], staging: string): void;
  /** The manifest of this build. */
  manifest(): SiteManifest;
}

export type CollectionName = (typeof COLLECTIONS)[number]['name'];

const sha = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 32);

/** The templates, styles, scripts and configuration of the site: a change there renders every page. */
async function templatesFingerprint(packageRoot: string): Promise<string> {
  const h = createHash('sha1');
  const files = (await readdir(path.join(packageRoot, 'site'), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  // Eleventy's own version too (another Eleventy may write the same templates differently), and
  // lunr's and lunr-languages', which site/zoeken-lunr.11ty.js copies into the site.
  const versions = ['@11ty/eleventy', 'lunr', 'lunr-languages'].map((p) => path.join(packageRoot, 'node_modules', p, 'package.json'));
  for (const f of [...versions, path.join(packageRoot, '.eleventy.js'), ...files]) h.update(f).update('\0').update(await readFile(f).catch(() => '')).update('\0');
  return h.digest('hex').slice(0, 32);
}

/**
 * Starts the plan: `site` is the site-wide data every page prints (a change there renders every
 * page). Only fingerprints are kept, never the parts of the model they were made from.
 */
export async function planPages(
  site: unknown,
  previous: SiteManifest | null,
  out: string,
  names: string,
  opts: { packageRoot: string; tool: string },
): Promise<PagePlan> {
  const global = sha([opts.tool, await templatesFingerprint(opts.packageRoot), JSON.stringify(site)].join('\0'));
  const usable = previous && previous.out === out ? previous.pages : {};
  const reused: { file: string; bytes: number }[] = [];
  const kept: SiteManifest['pages'] = {};
  const fingerprints = new Map<string, string>();
  const written: SiteManifest['pages'] = {};
  const usableRefs = previous && previous.out === out ? (previous.refs ?? {}) : {};
  const refs: Record<string, string[]> = {};
  const take = (id: string, fp: string): boolean => {
    const before = usable[id];
    if (before && before[0] === fp && existsSync(path.join(out, before[1]))) {
      reused.push({ file: before[1], bytes: before[2] });
      kept[id] = before;
      if (usableRefs[id]) refs[id] = usableRefs[id];
      return true;
    }
    return false;
  };
  const inputFp = (c: InputCollection, i: number, r: string[]) => sha(`${global}\0input\0${c.inputKey(i, r)}`);
  // An overview page depends on the parts of the view model its template (and the layouts and
  // partials) name as lrt.<part>; one that names lrt otherwise is always rendered.
  const overviews = await overviewTemplates(opts.packageRoot);
  return {
    reused,
    namesChecked: previous?.names === names,
    overviews: overviews.map((o) => o.template),
    file(f) {
      const id = `files:${f.path}`;
      const fp = sha(`${global}\0${f.content}`);
      if (take(id, fp)) return false;
      written[id] = [fp, f.path, f.bytes];
      return true;
    },
    items(collection, items) {
      const c = COLLECTIONS.find((x) => x.name === collection)!;
      return items.filter((item) => {
        const id = `${c.name}:${c.key(item as never)}`;
        const fp = sha(`${global}\0${JSON.stringify(item)}`);
        fingerprints.set(id, fp);
        return !take(id, fp);
      });
    },
    select(c) {
      const chosen: number[] = [];
      for (let i = 0; i < c.count; i++) {
        const id = `${c.name}:${c.id(i)}`;
        if (!usable[id] || !take(id, inputFp(c, i, usableRefs[id] ?? []))) chosen.push(i);
      }
      return chosen;
    },
    made(c, indexes, asked) {
      for (const i of indexes) {
        const id = `${c.name}:${c.id(i)}`;
        const r = [...new Set(asked.get(i) ?? [])].sort();
        if (r.length) refs[id] = r;
        fingerprints.set(id, inputFp(c, i, r));
      }
    },
    unchangedOverviews(part) {
      const unchanged: string[] = [];
      for (const o of overviews) {
        if (!o.parts) continue;
        const id = `overzicht:${o.template}`;
        const fp = sha(`${global}\0${JSON.stringify(Object.fromEntries(o.parts.map((k) => [k, part(k)])))}`);
        fingerprints.set(id, fp);
        if (take(id, fp)) unchanged.push(o.template);
      }
      return unchanged;
    },
    rendered(results, staging) {
      for (const r of results) {
        const template = path.relative(path.join(opts.packageRoot, 'site'), path.resolve(r.inputPath)).split(path.sep).join('/');
        const c = COLLECTIONS.find((x) => x.template === template);
        // The item's key as the permalink holds it: after the section (/vergaderingen/<id>/, an owner's
        // slug may hold a slash), or the whole path for a filter page (/<list>/<dimension>/<value>/).
        const parts = decodeURI(r.url).split('/').filter(Boolean);
        const id = c ? `${c.name}:${(c.name === 'filters' ? parts : parts.slice(1)).join('/')}` : `overzicht:${template}`;
        const fp = fingerprints.get(id);
        if (fp) written[id] = [fp, path.relative(staging, r.outputPath).split(path.sep).join('/'), -1];
      }
    },
    manifest() {
      return { out, names, pages: { ...kept, ...written }, refs };
    },
  };
}

/**
 * The site's templates that are not paginated, with the parts of the view model they (and every
 * layout and partial) name as lrt.<part>; null when a template names lrt in another way.
 */
export async function overviewTemplates(packageRoot: string): Promise<{ template: string; parts: string[] | null }[]> {
  const siteDir = path.join(packageRoot, 'site');
  const all = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(njk|11ty\.js)$/.test(e.name))
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const text = new Map(await Promise.all(all.map(async (f) => [f, await readFile(path.join(siteDir, f), 'utf8')] as const)));
  // In a Nunjucks template only its tags can name the data ("lrt bevestig" in its text does not);
  // a JavaScript template is read whole.
  const code = (f: string) => (f.endsWith('.njk') ? [...text.get(f)!.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)].map((m) => m[0]).join('\n') : text.get(f)!);
  const partsOf = (t: string): string[] | null => (/\blrt\b(?!\.)/.test(t) ? null : [...t.matchAll(/\blrt\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!));
  const shared = all.filter((f) => f.startsWith('_')).map((f) => partsOf(code(f)));
  return all
    .filter((f) => !f.startsWith('_') && !/\bpaginate\./.test(text.get(f)!))
    .sort()
    .map((template) => {
      const own = [partsOf(code(template)), ...shared];
      return { template, parts: own.some((p) => p === null) ? null : [...new Set(own.flat() as string[])].sort() };
    });
}

/**
 * The reused files into the new site: hard links where the file system allows, else copies. One
 * call after the other on this thread: at 8,000 files a third of the CPU of the same calls through
 * the thread pool (nothing else runs meanwhile).
 */
export async function takeOver(from: string, to: string, files: { file: string }[]): Promise<void> {
  for (const dir of new Set(files.map((f) => path.dirname(path.join(to, f.file))))) mkdirSync(dir, { recursive: true });
  for (const { file } of files) {
    try {
      linkSync(path.join(from, file), path.join(to, file));
    } catch {
      copyFileSync(path.join(from, file), path.join(to, file));
    }
  }
}

/**
 * The manifest of the last build, or null when there is none or it is damaged: written with the
 * SHA-256 of its text before it, so a flipped bit renders pages anew instead of taking over the
 * wrong ones.
 */
export async function readManifest(file: string): Promise<SiteManifest | null> {
  try {
    const text = await readFile(file, 'utf8');
    const nl = text.indexOf('\n');
    const body = text.slice(nl + 1);
    if (nl !== 64 || createHash('sha256').update(body).digest('hex') !== text.slice(0, nl)) return null;
    const m: unknown = JSON.parse(body);
    return isManifest(m) ? m : null;
  } catch {
    return null;
  }
}

function isManifest(m: unknown): m is SiteManifest {
  if (typeof m !== 'object' || m === null) return false;
  const { out, names, pages, refs } = m as Record<string, unknown>;
  return (
    (refs === undefined || (typeof refs === 'object' && refs !== null && Object.values(refs).every((r) => Array.isArray(r) && r.every((x) => typeof x === 'string')))) &&
    typeof out === 'string' &&
    typeof names === 'string' &&
    typeof pages === 'object' &&
    pages !== null &&
    Object.values(pages).every((p) => Array.isArray(p) && p.length === 3 && typeof p[0] === 'string' && typeof p[1] === 'string' && Number.isSafeInteger(p[2]) && !path.isAbsolute(p[1]) && !p[1].split('/').includes('..'))
  );
}

export async function writeManifest(file: string, manifest: SiteManifest): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const body = JSON.stringify(manifest);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, `${createHash('sha256').update(body).digest('hex')}\n${body}`);
    await rename(tmp, file);
  } catch {
    // Only the next build gets slower.
  }
}
