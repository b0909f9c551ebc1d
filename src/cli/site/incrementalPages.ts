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
  /** The manifest of this build, once Eleventy says where it wrote each page. */
  manifest(results: { inputPath: string; outputPath: string; url: string }[], staging: string): SiteManifest;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

let templatesKey: string | null = null;
/** The templates, styles, scripts and configuration of the site: a change there renders every page. */
async function templatesFingerprint(packageRoot: string): Promise<string> {
  if (templatesKey) return templatesKey;
  const h = createHash('sha256');
  const files = (await readdir(path.join(packageRoot, 'site'), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const f of [path.join(packageRoot, '.eleventy.js'), ...files]) h.update(f).update('\0').update(await readFile(f)).update('\0');
  return (templatesKey = h.digest('hex').slice(0, 32));
}

/**
 * Which pages to render: every page whose item (and the site-wide data and templates) is as it
 * was in the last build into the same folder is taken from there instead. The other pages
 * (overviews, lists) are always rendered.
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
  return {
    paginate,
    files: files.map((f) => ({ path: f.path, content: f.content })),
    reused,
    namesChecked: previous?.names === names,
    manifest(results, staging) {
      const pages: SiteManifest['pages'] = { ...kept, ...written };
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
