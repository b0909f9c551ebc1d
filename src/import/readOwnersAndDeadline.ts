import type { OrganisationIndex } from '../extract/organisationIndex.js';
import { splitOwners } from '../extract/resolveOwners.js';
import { parseDeadlineValue, type DeadlineContext } from '../extract/deadline.js';

export interface OwnersAndDeadline {
  /** Registry codes. */
  owners: string[];
  /** Names that are no known organisation, as written. */
  unknown: string[];
  /** Codes and unknown names in the order written: the "eigenaar" value. */
  written: string[];
  termijn: string | null;
  /** Words that look like a deadline but cannot be read as one ("z.s.m."). */
  unreadable: string | null;
}

const NO_VALUE = /^(?:-+|–|n\.?v\.?t\.?|nvt|geen|nb|n\.b\.|\?|tbd|p\.m\.|pm)$/i;
const PERSON_WITH_ORG = /\(([^)]+)\)\s*$/;

/**
 * The "Wie"/"Wanneer" of an action ("VNG en IPO", "Dhr. Jansen (VNG)", "secretariaat, voor 1 mei")
 * to registry codes and a deadline. A person is reduced to the organisation in brackets, so a
 * name never reaches the register.
 */
export function readOwnersAndDeadline(who: string, when: string, index: OrganisationIndex, dctx: DeadlineContext): OwnersAndDeadline {
  const out: OwnersAndDeadline = { owners: [], unknown: [], written: [], termijn: null, unreadable: null };
  const deadlineWords: string[] = when.trim() && !NO_VALUE.test(when.trim()) ? [when.trim()] : [];
  for (const part of who.split(/\s*[;,]\s*/).map((p) => p.trim()).filter(Boolean)) {
    if (NO_VALUE.test(part)) continue;
    const names = splitOwners(part);
    const codes = names.map((n) => index.lookup(n) ?? index.lookup(PERSON_WITH_ORG.exec(n)?.[1] ?? ''));
    if (codes.every(Boolean)) {
      codes.forEach((c) => addOwner(out, c!));
      continue;
    }
    // "(Actie: VNG, voor 1 mei)": a part that names a moment is the deadline.
    if (parseDeadlineValue(part, dctx)) {
      deadlineWords.push(part);
      continue;
    }
    names.forEach((n, i) => {
      if (codes[i]) addOwner(out, codes[i]!);
      else {
        out.unknown.push(n);
        out.written.push(n);
      }
    });
  }
  const words = deadlineWords[0];
  if (words) {
    if (parseDeadlineValue(words, dctx)) out.termijn = words;
    else out.unreadable = words;
  }
  return out;
}

function addOwner(out: OwnersAndDeadline, code: string): void {
  if (out.owners.includes(code)) return;
  out.owners.push(code);
  out.written.push(code);
}
