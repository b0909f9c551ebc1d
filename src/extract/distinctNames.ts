import type { NonPublicName } from './extractMinutes.js';

/**
 * Each name once (the first place it was declared), so a person of data/people.yaml, named in
 * every minutes record, costs one matcher and not one per meeting. A name found alone wins over
 * the same name found only with a qualifier: it protects more.
 */
export function distinctNames(names: NonPublicName[]): NonPublicName[] {
  const byName = new Map<string, NonPublicName>();
  for (const n of names) {
    const k = n.name.trim().toLowerCase();
    const seen = byName.get(k);
    if (!seen) byName.set(k, n);
    else if (n.alone && !seen.alone) byName.set(k, { ...seen, alone: true });
  }
  return [...byName.values()];
}
