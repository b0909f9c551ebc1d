import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Registry } from '../../schema/registry.js';
import type { WorkerReply, WorkerRequest, WorkerResult } from './workerProtocol.js';

// Compiled, the worker is a .js file next to this one. Run from the TypeScript sources (the
// tests), a small bootstrap registers tsx in the worker first and then loads the .ts file.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER = new URL(fromSource ? './pipelineWorker.ts' : './pipelineWorker.js', import.meta.url);

/**
 * A worker's heap: it holds one file's tree at a time, but V8 sizes a thread's heap by the
 * machine's memory and lets garbage pile up to gigabytes; a limit makes it collect instead
 * (at 10,000 meetings: 1.18 → 0.90 GB during parsing). The largest file sets the limit, with
 * room for its tree and micromark's events (~300 bytes a character of Markdown).
 */
export function workerHeapMb(largestFileChars: number): number {
  return Math.max(256, 128 + Math.ceil((largestFileChars * 300) / 2 ** 20));
}

function startWorker(workerData: unknown, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!fromSource) return new Worker(WORKER, { workerData, resourceLimits });
  const tsx = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((t) => { t.register(); return import(${JSON.stringify(WORKER.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** Worker threads of the pipeline, one per core; each request goes to one worker and streams results back. */
export class WorkerPool {
  private workers: Worker[];

  constructor(size: number, registry: Registry, cacheDir: string | null, heapMb: number) {
    this.workers = Array.from({ length: size }, () => startWorker({ registry, cacheDir }, heapMb));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends one request to worker `i`; `onResults` gets each batch as it arrives. */
  request(i: number, req: WorkerRequest, onResults: (r: WorkerResult[]) => void): Promise<void> {
    const worker = this.workers[i]!;
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.type === 'error') {
          cleanup();
          reject(new Error(`Fout in een werkdraad van de pijplijn: ${reply.message}`));
          return;
        }
        onResults(reply.results);
        if (reply.done) {
          cleanup();
          resolve();
        }
      };
      const onError = (e: Error) => {
        cleanup();
        reject(e);
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
