const PERSON_START = /^\s+(?:en\s+)?(?=(?:dhr|mevr|mr|dr|drs|ir|prof|de heer|mevrouw)\b|\()/i;
const AND_PERSON = /^\s+en\s+(?=(?:dhr|mevr|de heer|mevrouw)\b|\()/i;

/**
 * An attendee list as one string to its people: split on commas and semicolons outside
 * parentheses, and where a new person starts right after a closing parenthesis ("dhr. Van der
 * Burg (SJenV) Mevr. Klijnsma (CdK’s)"). Removed names stay as they are ("(DGM)");
 * "secretariaat" and "ondersteuning" are kept.
 */
export function splitAttendees(list: string): string[] {
  const s = list.replace(/\s+/g, ' ');
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (depth === 0 && (c === ',' || c === ';')) {
      parts.push(cur);
      cur = '';
      continue;
    }
    if (depth === 0 && c === ' ') {
      const and = AND_PERSON.exec(s.slice(i));
      if (and && cur.trim()) {
        parts.push(cur);
        cur = '';
        i += and[0].length - 1;
        continue;
      }
    }
    cur += c;
    if (c === '(') depth++;
    if (c === ')') {
      depth = Math.max(0, depth - 1);
      const next = depth === 0 ? PERSON_START.exec(s.slice(i + 1)) : null;
      if (next) {
        parts.push(cur);
        cur = '';
        i += next[0].length;
      }
    }
  }
  parts.push(cur);
  return parts
    .map((p) => p.trim().replace(/^(?:en)\s+/i, '').replace(/[\s.]+$/, '').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')'))
    .filter((p) => p !== '' && p !== '-');
}
