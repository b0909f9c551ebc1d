import v8 from 'node:v8';
import type { Executor, FilePublish, FileResult, LinkMemo } from '../linkResults.js';
import type { Registry } from '../schema/registry.js';
import type { RawSource } from '../read/readSources.js';
import { FileCache, sha, toolVersion } from './cache/fileCache.js';
import { FILE_ENTRY, LINK_ENTRY, PUBLISH_ENTRY, TREE_ENTRY, isFileResult, isPublishPart, isRendered, type PublishPart } from './cache/entryShape.js';
import { keepTree } from './cache/keepTree.js';
import { WorkerPool, workerHeapMb } from './parallel/workerPool.js';
import type { FileJob } from './parallel/workerProtocol.js';
import { silent, type Phase } from './timings.js';

export interface FileExecutorOptions {
  /** Folder of the cache between runs (.cache/lrt), or null for none. */
  cacheDir: string | null;
  /** Threads for the files the cache does not have; 1 reads them on this thread. */
  threads: number;
  /** Files per worker below which no worker is started (40; the tests set it low). */
  filesPerThread?: number;
  /** Told how many files were read anew in each run (the tests count them). */
  onRun?: (stats: { files: number; computed: number; threads: number }) => void;
  /** The tool's version, part of every key (CommandContext.tool); read from the disk when not given. */
  tool?: string;
  /** Phase timings (LRT_TIJDEN); silent when not given. */
  phase?: Phase;
}

// Starting a worker costs about as much as parsing a few dozen files.
const FILES_PER_THREAD = 40;

/**
 * The executor of the CLI: a file's result comes from the cache when the same bytes were read by
 * the same code with the same registry (content-hashed, checksummed: a damaged entry is read
 * anew), else from worker threads (or this thread, for a few files), and goes into the cache.
 */
/** The CLI's executor, and the trees it kept in the cache instead of in the results (SiteInput.loadTree). */
export interface CliExecutor extends Executor {
  /** A file's packed tree as the last run kept it in the cache; null when it kept none (or the entry went bad: the page parses the text again). */
  loadTree(file: string): Uint8Array | null;
  /**
   * What the link stage computes over all of `files` (the follow-up proposals), kept in the cache
   * under the key of every file, the registry, the tool and the as-of date: a run over the same
   * files (a check after a build) reads it back instead of computing it. Without a cache, computes.
   */
  linkMemo(files: RawSource[], registry: Registry, asOf: string): LinkMemo;
}

export function fileExecutor(opts: FileExecutorOptions): CliExecutor {
  // The files of the last run whose tree is in the cache, with their key. A build keeps the trees
  // there, not in memory (at 10,000 meetings they are hundreds of megabytes): each is read back when
  // its page is rendered.
  let kept = new Map<string, string>();
  let keptIn: FileCache | null = null;
  // A file's key, made once per file read (the link memo's key is made of the same keys).
  const keyed = new WeakMap<RawSource, { reg: string; key: string }>();
  const tool = opts.tool ?? toolVersion();
  const phase = opts.phase ?? silent;
  const keyOf = (f: RawSource, reg: string) => {
    const known = keyed.get(f);
    if (known?.reg === reg) return known.key;
    const key = sha(tool, reg, f.path, f.bytes);
    keyed.set(f, { reg, key });
    return key;
  };
  const run: Executor = async (files, settings) => {
    const cache = opts.cacheDir ? new FileCache(opts.cacheDir) : null;
    kept = new Map();
    keptIn = cache;
    const reg = sha(JSON.stringify(settings.registry));
    const keys = files.map((f) => keyOf(f, reg));
    const onDisk = (part: PublishPart, key: string, file: string): FilePublish => {
      kept.set(file, key);
      return { ...part, tree: null };
    };
    const results: (FileResult | undefined)[] = files.map((_, i) => {
      const entry = cache?.get(FILE_ENTRY, keys[i]!, isFileResult);
      const hit = entry && ownArrays(entry);
      if (!hit || !settings.forSite || !isRendered(hit)) return hit ?? undefined;
      // A build needs what the site renders; an entry a check wrote has none yet.
      const part = cache!.get(PUBLISH_ENTRY, keys[i]!, isPublishPart);
      return part && cache!.has(TREE_ENTRY, keys[i]!) ? { ...hit, publish: onDisk(ownPublish(part), keys[i]!, hit.file) } : undefined;
    });
    const missing = files.flatMap((f, i) => (results[i] ? [] : [{ id: i, path: f.path, bytes: f.bytes, key: keys[i]! }]));
    phase(`bronnen gelezen en in de cache gezocht (${files.length - missing.length} van ${files.length} gevonden)`);

    const size = Math.min(opts.threads, Math.floor(missing.length / (opts.filesPerThread ?? FILES_PER_THREAD)));
    if (size >= 2) {
      const pool = new WorkerPool(size, settings.registry, opts.cacheDir, workerHeapMb(missing.reduce((n, j) => Math.max(n, j.bytes.length), 0)));
      try {
        await Promise.all(
          balance(missing, size).map((share, w) =>
            pool.request(w, { jobs: share, forSite: settings.forSite }, (batch) => {
              for (const r of batch) {
                const result = ownArrays(v8.deserialize(r.result) as FileResult);
                if (!r.publish) {
                  results[r.id] = result;
                  continue;
                }
                // Without its tree, the worker put the tree in the cache.
                const publish = ownPublish(v8.deserialize(r.publish) as FilePublish | PublishPart);
                results[r.id] = { ...result, publish: 'tree' in publish ? publish : onDisk(publish, keys[r.id]!, result.file) };
              }
            }),
          ),
        );
      } finally {
        await pool.close();
      }
    } else if (missing.length) {
      // The parser and extraction are loaded only when a file is not in the cache.
      const { prepareTask, readParseExtract } = await import('../readParseExtract.js');
      const task = prepareTask(settings);
      for (const job of missing) {
        const result = readParseExtract(job as RawSource, task);
        cache?.put(FILE_ENTRY, job.key, { ...result, publish: null });
        const stored = result.publish && keepTree(cache, job.key, result.publish);
        results[job.id] = stored ? { ...result, publish: onDisk(stored.part, job.key, result.file) } : result;
      }
    }
    cache?.prune(FILE_ENTRY);
    // A check reads no publish entries: only a build knows which of them are still in use.
    if (settings.forSite) {
      cache?.prune(PUBLISH_ENTRY);
      cache?.prune(TREE_ENTRY);
    }
    phase(`${missing.length} bestanden gelezen, geparsed en geëxtraheerd`);
    opts.onRun?.({ files: files.length, computed: missing.length, threads: size >= 2 ? size : 1 });
    return results as FileResult[];
  };
  return Object.assign(run, {
    loadTree: (file: string) => {
      const key = kept.get(file);
      return key && keptIn ? keptIn.getBuffer(TREE_ENTRY, key) : null;
    },
    linkMemo: (files: RawSource[], registry: Registry, asOf: string): LinkMemo => {
      if (!opts.cacheDir) return (_part, compute) => compute();
      const cache = new FileCache(opts.cacheDir);
      const reg = sha(JSON.stringify(registry));
      const runKey = sha(asOf, ...files.map((f) => keyOf(f, reg)));
      return (part, compute, isShape) => {
        const key = sha(runKey, part);
        const hit = cache.get(LINK_ENTRY, key, isShape);
        if (hit !== null) return hit;
        const value = compute();
        cache.put(LINK_ENTRY, key, value);
        cache.prune(LINK_ENTRY);
        return value;
      };
    },
  });
}

/**
 * A typed array that v8.deserialize makes is a view into the whole buffer it was read from (the
 * worker's message, the cache entry), which it keeps alive: at 10,000 meetings, every file's
 * serialised result and publish part, besides their values. Copied out, those buffers can go.
 */
function own<T extends Uint8Array | Uint16Array | Int32Array>(view: T): T {
  if (view.byteOffset === 0 && view.byteLength === view.buffer.byteLength) return view;
  // As a plain typed array: a Buffer's own constructor is deprecated.
  return (view instanceof Uint16Array ? new Uint16Array(view) : view instanceof Int32Array ? new Int32Array(view) : new Uint8Array(view)) as T;
}

function ownArrays(result: FileResult): FileResult {
  if (result.passages) result.passages.data = own(result.passages.data);
  return result;
}

function ownPublish<T extends FilePublish | PublishPart>(publish: T): T {
  publish.terms = own(publish.terms);
  if ('tree' in publish && publish.tree) publish.tree = own(publish.tree);
  return publish;
}

/** Files shared out over `n` workers by size, largest first onto the lightest. */
function balance(items: FileJob[], n: number): FileJob[][] {
  const shares: FileJob[][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  for (const item of [...items].sort((a, b) => b.bytes.length - a.bytes.length)) {
    let w = 0;
    for (let i = 1; i < n; i++) if (load[i]! < load[w]!) w = i;
    shares[w]!.push(item);
    load[w]! += item.bytes.length;
  }
  return shares;
}
