/**
 * A worker thread of the pipeline: parses, classifies and extracts the files it is given and lets
 * each go before the next, so no tree waits in memory. Entries go back serialised (and into the
 * cache, when there is one); a tree goes back serialised only when the caller will render it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import v8 from 'node:v8';
import type { Registry } from '../../schema/registry.js';
import { buildOrganisationIndex } from '../../extract/organisationIndex.js';
import { FileCache, sha } from '../cache/fileCache.js';
import { extractOf, frontOf } from './fileTasks.js';
import type { WorkerReply, WorkerRequest, WorkerResult } from './workerProtocol.js';

const { registry, cacheDir } = workerData as { registry: Registry; cacheDir: string | null };
const cache = cacheDir ? new FileCache(cacheDir) : null;
const index = buildOrganisationIndex(registry.organisaties);
const BATCH = 24;

function send(reply: WorkerReply): void {
  parentPort!.postMessage(reply);
}

function run(req: WorkerRequest): void {
  const ctx = { registry, index, meetings: req.meetings.meetings };
  let batch: WorkerResult[] = [];
  for (const job of req.jobs) {
    const { entry, source, candidate } = frontOf(job.file, job.text, registry, req.wantTrees);
    const result: WorkerResult = { id: job.id };
    if (req.type === 'front') {
      result.entry = v8.serialize(entry);
      cache?.putBuffer('voor', job.key, result.entry);
    }
    if (candidate) {
      const extracted = extractOf(candidate, ctx, registry);
      result.extract = v8.serialize(extracted);
      const key = extracted.lookedUp ? sha(job.key, req.meetings.bodies, req.meetings.list) : sha(job.key, req.meetings.bodies);
      cache?.putBuffer('uit', key, result.extract);
    }
    if (req.wantTrees && source) result.tree = v8.serialize(source.tree);
    batch.push(result);
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
