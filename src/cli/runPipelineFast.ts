import type { Root } from 'mdast';
import v8 from 'node:v8';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Registry } from '../schema/registry.js';
import type { RawSource } from '../read/readSources.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { decodeSource } from '../parse/decodeSource.js';
import type { PipelineResult } from '../pipeline.js';
import type { MinutesCandidate } from '../extract/classifySource.js';
import type { SourceRecord } from '../extract/extractAll.js';
import type { MinutesRecord } from '../extract/extractMinutes.js';
import { buildRegister } from '../link/buildRegister.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { knownSections } from '../publish/site/knownSections.js';
import { FileCache, sha, toolVersion } from './cache/fileCache.js';
import { reviveSource } from './cache/reviveSource.js';
import { isExtractEntry, isFrontEntry } from './cache/entryShape.js';
import type { ExtractEntry, FrontEntry } from './parallel/fileTasks.js';
import { WorkerPool, workerHeapMb } from './parallel/workerPool.js';
import type { FileJob, MeetingList, WorkerResult } from './parallel/workerProtocol.js';
import { phase } from './timings.js';

export interface FastPipelineOptions {
  /** Folder of the cache between runs (.cache/lrt), or null for none. */
  cacheDir: string | null;
  /** Threads for the files the cache does not have; 1 parses them on this thread. */
  threads: number;
  /** Keep the trees of the files parsed in this run: the site renders them. */
  wantTrees: boolean;
  /** Files per worker below which no worker is started (40; the tests set it low). */
  filesPerThread?: number;
}

export interface FastPipelineStats {
  files: number;
  /** Files parsed in this run (not found in the cache). */
  parsed: number;
  /** Minutes extracted in this run. */
  extracted: number;
  threads: number;
}

// Starting a worker costs about as much as parsing a few dozen files.
const FILES_PER_THREAD = 40;

interface Slot {
  id: number;
  file: string;
  text: string;
  key: string;
  entry?: FrontEntry;
  extract?: ExtractEntry;
  /** A tree parsed on this thread, or one from a worker, still serialised (half the memory, and freed once rendered). */
  tree?: Root;
  treeBytes?: Uint8Array;
  /** A minutes file parsed on this thread, kept for extraction. */
  candidate?: MinutesCandidate;
}

type Verslag = Extract<FrontEntry['classified'], { kind: 'verslag' }>;

function meetingList(meetings: { body: string; date: string }[]): MeetingList {
  return { meetings, bodies: sha(...[...new Set(meetings.map((m) => m.body))].sort()), list: sha(JSON.stringify(meetings)) };
}

/**
 * The pipeline of src/pipeline.ts, file by file: what the cache has is not parsed again, what it
 * lacks is parsed on worker threads, and minutes are extracted against every meeting of the run.
 * Records, register and diagnostics are the same as runPipeline's (test/cli/cacheEquivalence).
 *
 * Workers extract as they parse, against the meetings read from all front matter beforehand; if
 * the full parse finds other meetings (a file whose front matter only looks right), the minutes
 * are extracted again against the real list.
 */
export async function runPipelineFast(
  raw: RawSource[],
  registry: Registry,
  asOf: string,
  generated: string,
  opts: FastPipelineOptions,
): Promise<{ result: PipelineResult; stats: FastPipelineStats }> {
  const cache = opts.cacheDir ? new FileCache(opts.cacheDir) : null;
  // Parser and extraction are loaded only when a file is not in the cache, or a tree may be rendered.
  let tasks: typeof import('./parallel/fileTasks.js') | null = null;
  const loadTasks = async () => (tasks ??= await import('./parallel/fileTasks.js'));
  const tool = toolVersion();
  const reg = sha(JSON.stringify(registry));
  const pre: Diagnostic[] = [];
  const slots: Slot[] = [];
  for (const r of raw) {
    const decoded = decodeSource(r.path, r.bytes);
    if (!decoded.ok) {
      pre.push(decoded.diagnostic);
      if (decoded.guess !== undefined) pre.push(...(await import('../pipeline.js')).countGuessed(r.path, decoded.guess, registry));
      continue;
    }
    const key = sha(tool, reg, r.path, r.bytes);
    slots.push({ id: slots.length, file: r.path, text: decoded.text, key, entry: cache?.get('voor', key, isFrontEntry) ?? undefined });
  }
  // A build needs the passages of minutes and documents; an entry a check wrote has none yet.
  if (opts.wantTrees)
    for (const s of slots) {
      const c = s.entry?.classified;
      if (s.entry && s.entry.sections === undefined && (c?.kind === 'verslag' || (c?.kind === 'bijlage' && c.record.kind === 'stuk'))) s.entry = undefined;
    }
  const missing = slots.filter((s) => !s.entry);
  phase(`bronnen gelezen en in de cache gezocht (${slots.length - missing.length} van ${slots.length} gevonden)`);

  const stats: FastPipelineStats = { files: slots.length, parsed: missing.length, extracted: 0, threads: 1 };
  let pool: WorkerPool | null = null;
  const startPool = (jobs: number) => {
    const size = Math.min(opts.threads, Math.floor(jobs / (opts.filesPerThread ?? FILES_PER_THREAD)));
    if (!pool && size >= 2) pool = new WorkerPool(size, registry, opts.cacheDir, workerHeapMb(slots.reduce((n, s) => Math.max(n, s.text.length), 0)));
    if (pool) stats.threads = pool.size;
    return pool;
  };
  const fromWorker = (r: WorkerResult) => {
    const s = slots[r.id]!;
    if (r.entry) s.entry = v8.deserialize(r.entry) as FrontEntry;
    if (r.extract) s.extract = v8.deserialize(r.extract) as ExtractEntry;
    if (r.tree) s.treeBytes = r.tree;
  };
  const onWorkers = async (workers: WorkerPool, type: 'front' | 'extract', todo: Slot[], meetings: MeetingList) =>
    Promise.all(
      balance(todo, workers.size).map((share, w) =>
        workers.request(w, { type, jobs: share.map((s): FileJob => ({ id: s.id, file: s.file, text: s.text, key: s.key })), wantTrees: opts.wantTrees, meetings }, (results) =>
          results.forEach(fromWorker),
        ),
      ),
    );

  try {
    // 1. Parse and classify what the cache lacks; on workers, extract the minutes right away
    //    against the meetings the front matter names.
    const workers = startPool(missing.length);
    let provisional: MeetingList | null = null;
    if (workers) {
      const { meetingFromFrontmatter } = await loadTasks();
      provisional = meetingList(
        slots.flatMap((s) => {
          if (s.entry) return s.entry.classified.kind === 'verslag' ? [{ body: s.entry.classified.body, date: s.entry.classified.fm.datum }] : [];
          const m = meetingFromFrontmatter(s.file, s.text, registry);
          return m ? [m] : [];
        }),
      );
      await onWorkers(workers, 'front', missing, provisional);
    } else if (missing.length) {
      const { frontOf } = await loadTasks();
      for (const s of missing) {
        const { entry, source, candidate } = frontOf(s.file, s.text, registry, opts.wantTrees);
        s.entry = entry;
        cache?.put('voor', s.key, entry);
        if (source && opts.wantTrees) s.tree = source.tree;
        if (candidate) s.candidate = candidate;
      }
    }
    phase(`${missing.length} bestanden geparsed`);

    // 2. Every meeting known: keep what was extracted against the same list; take the rest from
    //    the cache, or extract it now.
    const minutes = slots.filter((s) => s.entry!.classified.kind === 'verslag');
    const meetings = meetingList(minutes.map((s) => ({ body: (s.entry!.classified as Verslag).body, date: (s.entry!.classified as Verslag).fm.datum })));
    if (provisional && provisional.list !== meetings.list) for (const s of minutes) s.extract = undefined;
    const todo: Slot[] = [];
    for (const s of minutes) {
      if (s.extract) continue;
      const any = cache?.get('uit', sha(s.key, meetings.bodies), isExtractEntry);
      s.extract = (any && !any.lookedUp ? any : cache?.get('uit', sha(s.key, meetings.bodies, meetings.list), isExtractEntry)) ?? undefined;
      if (!s.extract) todo.push(s);
    }
    stats.extracted = todo.length + (provisional && provisional.list === meetings.list ? missing.filter((s) => s.extract).length : 0);
    const again = todo.filter((s) => !s.candidate);
    const extractPool = pool ?? startPool(again.length);
    if (extractPool && again.length) await onWorkers(extractPool, 'extract', again, meetings);
    const here = todo.filter((s) => !s.extract);
    if (here.length) {
      const { frontOf, extractOf } = await loadTasks();
      const { buildOrganisationIndex } = await import('../extract/organisationIndex.js');
      const ctx = { registry, index: buildOrganisationIndex(registry.organisaties), meetings: meetings.meetings };
      for (const s of here) {
        let candidate = s.candidate;
        if (!candidate) {
          // Front matter came from the cache, the extraction did not: read the file again.
          const parsed = frontOf(s.file, s.text, registry, opts.wantTrees);
          candidate = parsed.candidate!;
          if (opts.wantTrees && parsed.source) s.tree = parsed.source.tree;
        }
        const entry = extractOf(candidate, ctx, registry);
        s.extract = entry;
        s.candidate = undefined;
        cache?.put('uit', entry.lookedUp ? sha(s.key, meetings.bodies, meetings.list) : sha(s.key, meetings.bodies), entry);
      }
    }
    phase(`${stats.extracted} verslagen geëxtraheerd`);
  } finally {
    await (pool as WorkerPool | null)?.close();
  }

  // 3. Put the run together in runPipeline's order: side files and minutes, then what goes uncounted.
  const parsed: ParsedSource[] = [];
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const unregistered: Diagnostic[] = [];
  const minutes: { s: Slot; source: ParsedSource }[] = [];
  const parser = opts.wantTrees ? await import('../parse/parseSource.js') : null;
  for (const s of slots) {
    const c = s.entry!.classified;
    if (c.kind === 'kapot') {
      pre.push(...c.diagnostics);
      continue;
    }
    const bytes = s.treeBytes;
    const tree = s.tree ?? (bytes ? () => v8.deserialize(bytes) as Root : parser ? () => parser.parseSource(s.file, s.text).tree : null);
    const source = reviveSource(s.file, s.text, s.entry!, tree);
    if (s.entry!.sections) knownSections.set(source, s.entry!.sections);
    parsed.push(source);
    diagnostics.push(...c.diagnostics);
    if (c.kind === 'verslag') minutes.push({ s, source });
    else if (c.kind === 'bijlage') records.push({ ...c.record, source } as SourceRecord);
    else if (c.unregistered) unregistered.push(...c.counted);
  }
  const failed: Diagnostic[] = [];
  for (const { s, source } of minutes) {
    const x = s.extract!;
    diagnostics.push(...x.diagnostics);
    if (x.record) records.push({ ...x.record, source } as MinutesRecord);
    else failed.push(...x.counted);
  }
  diagnostics.push(...unregistered, ...failed);
  const linked = buildRegister(records, asOf, generated);
  cache?.prune('voor');
  cache?.prune('uit');
  phase('register gekoppeld');
  return {
    result: { register: linked.register, records, parsed, diagnostics: sortDiagnostics([...pre, ...diagnostics, ...linked.diagnostics]) },
    stats,
  };
}

/** Files shared out over `n` workers by size, largest first onto the lightest. */
function balance<T extends { text: string }>(items: T[], n: number): T[][] {
  const shares: T[][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  for (const item of [...items].sort((a, b) => b.text.length - a.text.length)) {
    let w = 0;
    for (let i = 1; i < n; i++) if (load[i]! < load[w]!) w = i;
    shares[w]!.push(item);
    load[w]! += item.text.length;
  }
  return shares;
}
