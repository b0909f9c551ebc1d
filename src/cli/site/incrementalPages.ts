import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteModel } from '../../publish/site/siteModel.js';

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
] as const;

type Paginated = Record<(typeof COLLECTIONS)[number]['name'], unknown[]>;

/** What the last build wrote: per page, the fingerprint of what it was made from, and where it went. */
export interface SiteManifest {
  out: string;
  /** Fingerprint of the non-public names the files were checked against. */
  names: string;
  pages: Record<string, [fingerprint: string, file: string, bytes: number]>;
}

export interface PagePlan {
  /** The items Eleventy renders this time (the rest are taken from the last build). */
  paginate: Paginated;
  /** Files of model.files to write this time (the rest are taken from the last build). */
  files: { path: string; content: string }[];
  /** Files (relative to the site) taken over from the last build, with their size. */
  reused: { file: string; bytes: number }[];
  /** Whether the reused files were checked against the same non-public names. */
  namesChecked: boolean;
  /** Templates that are not paginated (overviews): each renders once, in the first Eleventy run. */
  overviews: string[];
  /** Overviews whose data is as in the last build: not rendered, their page taken over. */
  unchangedOverviews: string[];
  /** The manifest of this build, once Eleventy says where it wrote each page. */
  manifest(results: { inputPath: string; outputPath: string; url: string }[], staging: string): SiteManifest;
}

const sha = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 32);

let templatesKey: string | null = null;
/** The templates, styles, scripts and configuration of the site: a change there renders every page. */
async function templatesFingerprint(packageRoot: string): Promise<string> {
  if (templatesKey) return templatesKey;
  const h = createHash('sha1');
  const files = (await readdir(path.join(packageRoot, 'site'), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  // Eleventy's own version too: another Eleventy may write the same templates differently.
  const eleventy = path.join(packageRoot, 'node_modules', '@11ty', 'eleventy', 'package.json');
  for (const f of [eleventy, path.join(packageRoot, '.eleventy.js'), ...files]) h.update(f).update('\0').update(await readFile(f).catch(() => '')).update('\0');
  return (templatesKey = h.digest('hex').slice(0, 32));
}

/**
 * Which pages to render: every page whose item (and the site-wide data and templates) is as it
 * was in the last build into the same folder is taken from there instead; so is every overview
 * whose parts of the view model are, and every file of model.files whose content is.
 */
export async function planPages(
  model: SiteModel,
  previous: SiteManifest | null,
  out: string,
  names: string,
  opts: { packageRoot: string; tool: string },
): Promise<PagePlan> {
  const global = sha([opts.tool, await templatesFingerprint(opts.packageRoot), JSON.stringify(model.site)].join('\0'));
  const usable = previous && previous.out === out ? previous.pages : {};
  const paginate = {} as Paginated;
  const reused: { file: string; bytes: number }[] = [];
  const kept: SiteManifest['pages'] = {};
  const fingerprints = new Map<string, string>();
  const written: SiteManifest['pages'] = {};
  const files = model.files.filter((f) => {
    const id = `files:${f.path}`;
    const fp = sha(`${global}\0${f.content}`);
    const before = usable[id];
    if (before && before[0] === fp && existsSync(path.join(out, before[1]))) {
      reused.push({ file: before[1], bytes: before[2] });
      kept[id] = before;
      return false;
    }
    written[id] = [fp, f.path, f.bytes];
    return true;
  });
  for (const c of COLLECTIONS) {
    const items = model[c.name] as unknown[];
    paginate[c.name] = items.filter((item) => {
      const id = `${c.name}:${c.key(item as never)}`;
      const fp = sha(`${global}\0${JSON.stringify(item)}`);
      fingerprints.set(id, fp);
      const before = usable[id];
      if (before && before[0] === fp && existsSync(path.join(out, before[1]))) {
        reused.push({ file: before[1], bytes: before[2] });
        kept[id] = before;
        return false;
      }
      return true;
    });
  }
  // An overview page depends on the parts of the view model its template (and the layouts and
  // partials) name as lrt.<part>; one that names lrt otherwise is always rendered.
  const overviews = await overviewTemplates(opts.packageRoot);
  const unchangedOverviews: string[] = [];
  for (const o of overviews) {
    const id = `overzicht:${o.template}`;
    if (!o.parts) continue;
    // Of the files, the page /data/ prints what they are, not what they hold.
    const part = (k: string) => (k === 'files' ? model.files.map(({ content: _content, ...meta }) => meta) : (model as unknown as Record<string, unknown>)[k]);
    const fp = sha(`${global}\0${JSON.stringify(Object.fromEntries(o.parts.map((k) => [k, part(k)])))}`);
    fingerprints.set(id, fp);
    const before = usable[id];
    if (before && before[0] === fp && existsSync(path.join(out, before[1]))) {
      reused.push({ file: before[1], bytes: before[2] });
      kept[id] = before;
      unchangedOverviews.push(o.template);
    }
  }
  return {
    paginate,
    overviews: overviews.map((o) => o.template),
    unchangedOverviews,
    files: files.map((f) => ({ path: f.path, content: f.content })),
    reused,
    namesChecked: previous?.names === names,
    manifest(results, staging) {
      const pages: SiteManifest['pages'] = { ...kept, ...written };
      for (const r of results) {
        const template = path.relative(path.join(opts.packageRoot, 'site'), path.resolve(r.inputPath)).split(path.sep).join('/');
        const id = `overzicht:${template}`;
        const fp = fingerprints.get(id);
        if (fp) pages[id] = [fp, path.relative(staging, r.outputPath).split(path.sep).join('/'), -1];
      }
      for (const c of COLLECTIONS) {
        for (const r of results) {
          if (!r.inputPath.replace(/\\/g, '/').endsWith(`/site/${c.template}`)) continue;
          const key = decodeURI(r.url).split('/').filter(Boolean).pop() ?? '';
          const id = `${c.name}:${key}`;
          const fp = fingerprints.get(id);
          if (fp) pages[id] = [fp, path.relative(staging, r.outputPath).split(path.sep).join('/'), -1];
        }
      }
      return { out, names, pages };
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
  const partsOf = (t: string): string[] | null => (/\blrt\b(?!\.)/.test(t) ? null : [...t.matchAll(/\blrt\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!));
  const shared = all.filter((f) => f.startsWith('_')).map((f) => partsOf(text.get(f)!));
  return all
    .filter((f) => !f.startsWith('_') && !/\bpaginate\./.test(text.get(f)!))
    .sort()
    .map((template) => {
      const own = [partsOf(text.get(template)!), ...shared];
      return { template, parts: own.some((p) => p === null) ? null : [...new Set(own.flat() as string[])].sort() };
    });
}

/** The files of model.files into the new site, many at a time. */
export async function writeFiles(to: string, files: { path: string; content: string }[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => path.dirname(path.join(to, f.path))))];
  await inBatches(dirs, (dir) => mkdir(dir, { recursive: true }));
  await inBatches(files, (f) => writeFile(path.join(to, f.path), f.content));
}

/** The reused files into the new site: hard links where the file system allows, else copies; many at a time. */
export async function takeOver(from: string, to: string, files: { file: string }[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => path.dirname(path.join(to, f.file))))];
  await inBatches(dirs, (dir) => mkdir(dir, { recursive: true }));
  await inBatches(files, ({ file }) => link(path.join(from, file), path.join(to, file)).catch(() => copyFile(path.join(from, file), path.join(to, file))));
}

async function inBatches<T>(items: T[], fn: (item: T) => Promise<unknown>, size = 64): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

export async function readManifest(file: string): Promise<SiteManifest | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as SiteManifest;
  } catch {
    return null;
  }
}

export async function writeManifest(file: string, manifest: SiteManifest): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(manifest));
  } catch {
    // Only the next build gets slower.
  }
}
