import type { Agreement } from '../schema/register.js';
import type { Passage } from '../link/passagesOf.js';

export interface ConfirmationFile {
  /** agreements/<date>-<agreement id>.md, as the guide names status updates. */
  path: string;
  text: string;
}

/**
 * The status update that confirms a proposed follow-up: the passage's date, the meeting or
 * document it is in as `bron`, and the passage quoted with where it stands. The same file the
 * secretariat would write by hand, so it is read, checked and changed like one.
 */
export function confirmationFile(a: Agreement, p: Passage, bron: string, status: 'afgerond' | 'loopt'): ConfirmationFile {
  const date = p.date ?? a.meeting.date;
  const text = [
    '---',
    `afspraak: ${a.id}`,
    `datum: ${date}`,
    `status: ${status}`,
    `bron: ${bron}`,
    '---',
    '',
    `Bevestigd vervolg (${p.file}, regel ${p.line}): “${p.text}”`,
    '',
  ].join('\n');
  return { path: `agreements/${date}-${a.id}.md`, text };
}
