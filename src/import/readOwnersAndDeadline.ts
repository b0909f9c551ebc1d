import type { OrganisationIndex } from '../extract/organisationIndex.js';
import { splitOwners } from '../extract/resolveOwners.js';
import { ownerShape } from '../extract/ownerShape.js';
import { parseDeadlineValue, type DeadlineContext } from '../extract/deadline.js';

/** A person named as owner ("Frank", "Martin (VNG)"): proposed for data/people.yaml, not public until confirmed. */
export interface ProposedPerson {
  name: string;
  /** The registry code written beside the name, or null. */
  org: string | null;
}

export interface OwnersAndDeadline {
  /** Registry codes (of the organisations named, and of those beside a person's name). */
  owners: string[];
  /** Names that are no known organisation and no person: a misspelled or unknown code, as written. Not in `written`. */
  unknown: string[];
  /** People named as owners, to propose for data/people.yaml. */
  people: ProposedPerson[];
  /** Codes and people in the order written: the "eigenaar" value, which lrt check reads without an error. */
  written: string[];
  termijn: string | null;
  /** Words that look like a deadline but cannot be read as one ("z.s.m."). */
  unreadable: string | null;
}

const NO_VALUE = /^(?:-+|–|n\.?v\.?t\.?|nvt|geen|nb|n\.b\.|\?|tbd|p\.m\.|pm)$/i;
const PERSON_WITH_ORG = /^(.+?)\s*\(([^()]+)\)\s*$/;
/** "Actiepunt voor Martin", "actie bij Frank": the preposition is not part of the owner. */
const PREPOSITION = /^(?:voor|bij|door|van|aan)\s+/i;

/**
 * The "Wie"/"Wanneer" of an action ("VNG en IPO", "Dhr. Jansen (VNG)", "Frank", "Stas/Dennis",
 * "secretariaat, voor 1 mei") to owners and a deadline. A person stays a person ("Martin (VNG)")
 * so the register knows it and lrt check proposes the entry; the name itself never reaches the
 * register or the site unless the secretariat marks it public in data/people.yaml.
 */
export function readOwnersAndDeadline(who: string, when: string, index: OrganisationIndex, dctx: DeadlineContext): OwnersAndDeadline {
  const out: OwnersAndDeadline = { owners: [], unknown: [], people: [], written: [], termijn: null, unreadable: null };
  const deadlineWords: string[] = when.trim() && !NO_VALUE.test(when.trim()) ? [when.trim()] : [];
  for (const raw of who.split(/\s*[;,]\s*(?![^(]*\))/).map((p) => p.trim()).filter(Boolean)) {
    // "voor Martin" is an owner, "voor 1 mei" a deadline.
    const part = PREPOSITION.test(raw) && !parseDeadlineValue(raw, dctx) ? raw.replace(PREPOSITION, '') : raw;
    if (NO_VALUE.test(part)) continue;
    const names = splitOwners(part);
    const read = names.map((n) => readOne(n, index));
    if (read.every((r) => r.kind !== 'unknown')) {
      read.forEach((r) => add(out, r));
      continue;
    }
    // "(Actie: VNG, voor 1 mei)": a part that names a moment is the deadline.
    if (parseDeadlineValue(part, dctx)) {
      deadlineWords.push(part);
      continue;
    }
    read.forEach((r) => add(out, r));
  }
  const words = deadlineWords[0];
  if (words) {
    if (parseDeadlineValue(words, dctx)) out.termijn = words;
    else out.unreadable = words;
  }
  return out;
}

type Read = { kind: 'org'; code: string } | { kind: 'person'; name: string; org: string | null } | { kind: 'unknown'; name: string };

function readOne(n: string, index: OrganisationIndex): Read {
  const code = index.lookup(n);
  if (code) return { kind: 'org', code };
  const m = PERSON_WITH_ORG.exec(n);
  if (m) {
    const org = index.lookup(m[2]!);
    if (org && index.lookup(m[1]!)) return { kind: 'org', code: index.lookup(m[1]!)! };
    if (org && ownerShape(m[1]!, index) === 'person') return { kind: 'person', name: m[1]!.trim(), org };
    // A person beside an organisation the registry lacks: the person, the organisation a note.
    if (ownerShape(m[1]!, index) === 'person') return { kind: 'person', name: m[1]!.trim(), org: null };
    return { kind: 'unknown', name: n };
  }
  return ownerShape(n, index) === 'person' ? { kind: 'person', name: n, org: null } : { kind: 'unknown', name: n };
}

function add(out: OwnersAndDeadline, r: Read): void {
  if (r.kind === 'unknown') {
    out.unknown.push(r.name);
    return;
  }
  if (r.kind === 'org') {
    if (out.owners.includes(r.code)) return;
    out.owners.push(r.code);
    out.written.push(r.code);
    return;
  }
  if (r.org && !out.owners.includes(r.org)) out.owners.push(r.org);
  if (out.people.some((p) => p.name === r.name)) return;
  out.people.push({ name: r.name, org: r.org });
  out.written.push(r.org ? `${r.name} (${r.org})` : r.name);
}
