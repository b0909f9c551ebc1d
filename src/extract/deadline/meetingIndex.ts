/**
 * The meetings of a run, looked up once per list rather than once per block: the body codes as
 * written, and each body's meetings by date. Built on first use of a list and kept while it lives.
 */
export interface MeetingIndex {
  /** Body codes in first-seen order, one per spelling that normalises alike (the first is kept). */
  codes: string[];
  /** Normalised body code → that body's meetings, by date (ties in list order). */
  byBody: Map<string, { body: string; date: string }[]>;
}

const indexes = new WeakMap<object, MeetingIndex>();

export function meetingIndex(meetings: { body: string; date: string }[]): MeetingIndex {
  let index = indexes.get(meetings);
  if (!index) {
    const seen = new Set<string>();
    const codes: string[] = [];
    const byBody = new Map<string, { body: string; date: string }[]>();
    for (const m of meetings) {
      const key = m.body.trim().toLowerCase();
      if (key && !seen.has(key)) {
        seen.add(key);
        codes.push(m.body);
      }
      const list = byBody.get(key);
      if (list) list.push(m);
      else byBody.set(key, [m]);
    }
    for (const list of byBody.values()) list.sort((a, b) => a.date.localeCompare(b.date));
    index = { codes, byBody };
    indexes.set(meetings, index);
  }
  return index;
}

let looked = false;

/** Called when a deadline phrase needs the list of meetings itself ("de volgende LRT"). */
export function noteMeetingLookup(): void {
  looked = true;
}

/**
 * Runs `fn` and says whether it looked up meetings: a cached extraction that did not can be
 * reused whatever meetings are added or removed later.
 */
export function observeMeetingLookups<T>(fn: () => T): { value: T; lookedUp: boolean } {
  const before = looked;
  looked = false;
  try {
    const value = fn();
    return { value, lookedUp: looked };
  } finally {
    looked = before || looked;
  }
}
