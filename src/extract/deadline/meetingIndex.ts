/**
 * The meetings of a run, looked up once per run rather than once per block: the body codes as
 * written, each body's meetings by date, and the phrase regexes per set of codes. Linking builds
 * one for the run and hands it to every deadline it resolves; it is owned by that run.
 */
export interface MeetingIndex {
  /** Body codes in first-seen order, one per spelling that normalises alike (the first is kept). */
  codes: string[];
  /** Normalised body code → that body's meetings, by date (ties in list order). */
  byBody: Map<string, { body: string; date: string }[]>;
  /** The phrase regexes per set of body codes (the same few for every block of a run). */
  phrases: Map<string, { next: RegExp; inMonth: RegExp }>;
}

export function meetingIndex(meetings: { body: string; date: string }[]): MeetingIndex {
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
  return { codes, byBody, phrases: new Map() };
}
