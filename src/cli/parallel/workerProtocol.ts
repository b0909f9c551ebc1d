/** A file for a worker to read, parse and extract; `key` names its cache entry. */
export interface FileJob {
  id: number;
  path: string;
  bytes: Uint8Array;
  key: string;
}

export interface WorkerRequest {
  jobs: FileJob[];
  forSite: boolean;
}

/**
 * A file's result, serialised (v8) once in the worker: the same bytes go into the cache and
 * back to the main thread.
 */
export interface WorkerResult {
  id: number;
  /** The result without its publish part, which comes apart (as the cache keeps them). */
  result: Uint8Array;
  publish?: Uint8Array;
}

export type WorkerReply = { type: 'results'; results: WorkerResult[]; done?: boolean } | { type: 'error'; message: string };
