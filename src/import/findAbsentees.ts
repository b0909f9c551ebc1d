import { splitSentences } from '../extract/findCommitments.js';
import { splitAttendees } from './splitAttendees.js';

const PLURALS: Record<string, string> = {
  ministers: 'Minister',
  staatssecretarissen: 'Staatssecretaris',
  gedeputeerden: 'Gedeputeerde',
  wethouders: 'Wethouder',
  burgemeesters: 'Burgemeester',
  commissarissen: 'Commissaris',
  directeuren: 'Directeur',
  vertegenwoordigers: 'Vertegenwoordiger',
};

const ABSENT = [
  /^(?:de\s+|het\s+)?(.+?)\s+(?:is|zijn)\s+(?:helaas\s+)?(?:verhinderd|afwezig|niet aanwezig)\b/i,
  /^(?:de\s+|het\s+)?(.+?)\s+(?:heeft|hebben)\s+zich\s+(?:laten\s+)?(?:afgemeld|verontschuldigd|excuseren|verontschuldigen)\b/i,
  /^(?:afgemeld|afwezig|verhinderd)(?:\s+(?:zijn|is))?\s*:\s*(.+?)\.?$/i,
];

/**
 * Who was absent, from the sentences that say so in the opening ("De Minister van BZK is
 * verhinderd."; "De Ministers van VWS en voor PVO en VRO zijn verhinderd." → Minister van VWS,
 * Minister voor PVO, Minister voor VRO).
 */
export function findAbsentees(text: string): { names: string[]; sentence: string } | null {
  for (const s of splitSentences(text)) {
    for (const re of ABSENT) {
      const m = re.exec(s.text.trim());
      if (m) {
        const names = expand(m[1]!);
        if (names.length) return { names, sentence: s.text.trim() };
      }
    }
  }
  return null;
}

function expand(subject: string): string[] {
  const m = /^(\p{L}+)\s+(.*)$/u.exec(subject.trim());
  const singular = m ? PLURALS[m[1]!.toLowerCase()] : undefined;
  if (!singular) return splitAttendees(subject).map(capitalize);
  let prep = '';
  return m![2]!
    .split(/\s*(?:,|\ben\b)\s*/)
    .filter(Boolean)
    .map((part) => {
      const p = /^(van|voor)\s+(.*)$/i.exec(part);
      if (p) prep = p[1]!.toLowerCase();
      return `${singular} ${prep ? `${prep} ` : ''}${p ? p[2] : part}`.trim();
    });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
