/**
 * Where a run's CPU time goes, from V8's sampling profiles (`node --cpu-prof`, one file per thread:
 * the main thread and each worker). Every sample is charged to the innermost frame on its stack
 * that belongs to a category (file I/O, remark, extraction, …); generic helpers (unist-util-visit,
 * node:path, unknown libraries, native built-ins) are transparent, so their time goes to whoever
 * called them. "(garbage collector)" samples are the collections V8 ran on that thread.
 */

export interface CallFrame {
  functionName: string;
  url: string;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export const CATEGORIES = [
  'file I/O (fs, read/)',
  'garbage collection',
  'remark parse (micromark, mdast)',
  'front matter YAML',
  'extraction (extract/, chrono)',
  'link (link/)',
  'search index (lunr, shards)',
  'render minutes (mdast → hast → HTML)',
  'view models and exports (publish/)',
  'Eleventy + Nunjucks (incl. site/ templates)',
  'cache, workers, orchestration (cli/)',
  'hashing (crypto)',
  'thread messages and serialisation (v8)',
  'validation (zod)',
  'module loading and start-up',
  'V8 and native, unattributed',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

const REMARK = /^(micromark|mdast-util-from-markdown|mdast-util-gfm|mdast-util-frontmatter|mdast-util-find-and-replace|remark-parse|remark-gfm|remark-frontmatter|unified|vfile|vfile-message|decode-named-character-reference|character-entities|character-entities-legacy|character-reference-invalid|devlop|trough|bail|is-plain-obj|fault|format)$|^micromark-/;
const RENDER = /^(mdast-util-to-hast|hast-util-.*|hastscript|property-information|html-void-elements|stringify-entities|comma-separated-tokens|space-separated-tokens|remark-rehype|rehype-stringify|trim-lines|ccount|zwitch)$/;
const ELEVENTY = /^(@11ty\/.*|nunjucks|liquidjs|markdown-it|posthtml.*|gray-matter|js-yaml|luxon|tinyglobby|fdir|picomatch|chokidar|iso-639-1|bcp-47.*|entities|linkify-it|mdurl|uc\.micro|a-sync-waterfall|asap)$/;
const SEARCH_FILE = /\/publish\/site\/(lunrIndexBuilder|countTerms|searchIndex|searchShards|searchDocuments|searchAsk|dutchLunr)\.js$/;
const RENDER_FILE = /\/publish\/site\/(renderTree|decorateBlocks|cleanTree|hastText|renderMemo|sourceSections|sectionsOf)\.js$/;

/** The package a node_modules URL belongs to ("@scope/name" or "name"), or null. */
export function packageOf(url: string): string | null {
  const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return m ? m[1]! : null;
}

/** The category a frame belongs to, or null when it is transparent (its caller decides). */
export function categoryOf(frame: CallFrame): Category | null {
  const { functionName: fn, url } = frame;
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(program)' || fn === '(root)') return 'V8 and native, unattributed';
  if (!url) return null; // a native built-in: charged to its caller
  const pkg = packageOf(url);
  if (pkg) {
    if (REMARK.test(pkg)) return 'remark parse (micromark, mdast)';
    if (pkg === 'yaml') return 'front matter YAML';
    if (pkg === 'chrono-node') return 'extraction (extract/, chrono)';
    if (pkg === 'lunr' || pkg === 'lunr-languages') return 'search index (lunr, shards)';
    if (RENDER.test(pkg)) return 'render minutes (mdast → hast → HTML)';
    if (ELEVENTY.test(pkg)) return 'Eleventy + Nunjucks (incl. site/ templates)';
    if (pkg === 'zod') return 'validation (zod)';
    return null; // unist-util-visit, mdast-util-to-string, debug, …: whoever called them
  }
  if (/^node:(fs|fs\/promises)$/.test(url) || url.startsWith('node:internal/fs/')) return 'file I/O (fs, read/)';
  if (/^node:internal\/(modules|bootstrap|main)\//.test(url) || url.startsWith('node:internal/deps/cjs-module-lexer')) return 'module loading and start-up';
  if (url === 'node:crypto' || url.startsWith('node:internal/crypto/')) return 'hashing (crypto)';
  if (url === 'node:v8' || url.startsWith('node:internal/worker')) return 'thread messages and serialisation (v8)';
  if (url.startsWith('node:')) return null;
  if (/\/dist\/parse\//.test(url)) return 'remark parse (micromark, mdast)';
  if (/\/dist\/read\//.test(url)) return 'file I/O (fs, read/)';
  if (/\/dist\/(extract|language|import)\//.test(url)) return 'extraction (extract/, chrono)';
  if (/\/dist\/link\//.test(url)) return 'link (link/)';
  if (SEARCH_FILE.test(url)) return 'search index (lunr, shards)';
  if (RENDER_FILE.test(url)) return 'render minutes (mdast → hast → HTML)';
  if (/\/dist\/publish\//.test(url)) return 'view models and exports (publish/)';
  if (/\/dist\/cli\//.test(url)) return 'cache, workers, orchestration (cli/)';
  if (/\/(\.eleventy\.js|site\/)/.test(url)) return 'Eleventy + Nunjucks (incl. site/ templates)';
  if (/\/dist\//.test(url)) return 'other';
  return null;
}

export interface ProfileSummary {
  /** Sampled time per category, in ms, over all threads; idle time left out. */
  ms: Record<Category, number>;
  /** All sampled time that was not idle, in ms. */
  busyMs: number;
  /** Busy ms per thread (profile), in the order given. */
  threads: number[];
  /** Garbage collection ÷ busy time. */
  gcShare: number;
}

/** Sums the samples of one or more profiles (the threads of one run) by category. */
export function summariseProfiles(profiles: readonly CpuProfile[]): ProfileSummary {
  const ms = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const threads: number[] = [];
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const memo = new Map<number, Category | 'idle'>();
    const categorise = (id: number): Category | 'idle' => {
      const known = memo.get(id);
      if (known) return known;
      const node = byId.get(id)!;
      let out: Category | 'idle';
      if (node.callFrame.functionName === '(idle)') out = 'idle';
      else {
        const own = categoryOf(node.callFrame);
        const up = parent.get(id);
        out = own ?? (up === undefined ? 'other' : categorise(up));
        if (out === 'idle') out = 'other';
      }
      memo.set(id, out);
      return out;
    };
    let busy = 0;
    p.samples.forEach((id, i) => {
      const c = categorise(id);
      const dt = (p.timeDeltas[i] ?? 0) / 1000;
      if (c === 'idle') return;
      ms[c] += dt;
      busy += dt;
    });
    threads.push(busy);
  }
  const busyMs = threads.reduce((a, b) => a + b, 0);
  return { ms, busyMs, threads, gcShare: busyMs > 0 ? ms['garbage collection'] / busyMs : 0 };
}
