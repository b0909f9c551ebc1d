/** The meetings a run extracts against, with the hashes its cache keys are made of. */
export interface MeetingList {
  meetings: { body: string; date: string }[];
  /** Hash of the body codes among them (deadline phrases are read with these). */
  bodies: string;
  /** Hash of the whole list (for an extraction that looked a meeting up). */
  list: string;
}

/** A decoded file to parse, classify and, when it is minutes, extract; `key` names its cache entry. */
export interface FileJob {
  id: number;
  file: string;
  text: string;
  key: string;
}

/**
 * front: parse and classify, and extract minutes against a provisional list of meetings (read
 * from the front matter alone; the caller checks it against the real one). extract: parse again
 * and extract against the final list.
 */
export type WorkerRequest =
  | { type: 'front'; jobs: FileJob[]; wantTrees: boolean; meetings: MeetingList }
  | { type: 'extract'; jobs: FileJob[]; wantTrees: boolean; meetings: MeetingList };

/** Entries travel serialised (v8): the same bytes go into the cache. Trees too, when asked for. */
export interface WorkerResult {
  id: number;
  entry?: Uint8Array;
  extract?: Uint8Array;
  tree?: Uint8Array;
}

export type WorkerReply = { type: 'results'; results: WorkerResult[]; done?: boolean } | { type: 'error'; message: string };
