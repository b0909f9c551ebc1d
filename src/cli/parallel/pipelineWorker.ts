/**
 * A worker thread of the file executor: runs readParseExtract on the files it is given, one at a
 * time, so no more than one tree waits in memory. Results go back serialised, and into the cache
 * when there is one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import v8 from 'node:v8';
import type { Registry } from '../../schema/registry.js';
import { prepareTask, readParseExtract, type PreparedTask } from '../../readParseExtract.js';
import { FileCache } from '../cache/fileCache.js';
import { FILE_ENTRY } from '../cache/entryShape.js';
import { keepTree } from '../cache/keepTree.js';
import type { FileJob, WorkerReply, WorkerRequest, WorkerResult } from './workerProtocol.js';

const { registry, cacheDir } = workerData as { registry: Registry; cacheDir: string | null };
const cache = cacheDir ? new FileCache(cacheDir) : null;
const tasks = new Map<boolean, PreparedTask>();
const BATCH = 24;

function send(reply: WorkerReply): void {
  parentPort!.postMessage(reply);
}

function run(req: WorkerRequest): void {
  let task = tasks.get(req.forSite);
  if (!task) tasks.set(req.forSite, (task = prepareTask({ registry, forSite: req.forSite })));
  let batch: WorkerResult[] = [];
  // Each file's bytes are let go once it is read: a worker's share of the sources need not stay to the end.
  const jobs: (FileJob | null)[] = req.jobs;
  for (let k = 0; k < jobs.length; k++) {
    const job = jobs[k]!;
    jobs[k] = null;
    const { publish, ...rest } = readParseExtract({ path: job.path, bytes: job.bytes }, task);
    const result = v8.serialize({ ...rest, publish: null });
    cache?.putBuffer(FILE_ENTRY, job.key, result);
    // The tree stays in the cache when it can: the main thread reads it back for the page alone.
    const kept = publish && keepTree(cache, job.key, publish);
    const published = kept ? kept.bytes : publish ? v8.serialize(publish) : undefined;
    batch.push({ id: job.id, result, ...(published ? { publish: published } : {}) });
    if (batch.length >= BATCH) {
      send({ type: 'results', results: batch });
      batch = [];
    }
  }
  send({ type: 'results', results: batch, done: true });
}

parentPort!.on('message', (msg: WorkerRequest) => {
  try {
    run(msg);
  } catch (e) {
    send({ type: 'error', message: (e as Error)?.stack ?? String(e) });
  }
});
