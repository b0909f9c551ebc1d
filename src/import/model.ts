import type { ProposedPerson } from './readOwnersAndDeadline.js';
/** The shapes the importer's stages pass along: plain values, no behaviour. */
import type { Diagnostic } from '../schema/diagnostic.js';
import type { BlockAttributeKey } from '../schema/frontmatter.js';

/** One line of the input, with its 1-based line number, for notes and candidates. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Text joined from several input lines, with where each line starts in it. */
export interface Joined {
  text: string;
  starts: { offset: number; line: number }[];
}

/**
 * What the importer could not determine, or guessed: a diagnostic like lrt check's, with its own
 * rule id (import-…), a severity, and the input line and column it concerns.
 */
export type ImportNote = Diagnostic;

/** A sentence that reads like an agreement but carries no label: the secretariat confirms it. */
export interface ImportCandidate {
  text: string;
  line: number;
}

export interface ImportResult {
  markdown: string;
  candidates: ImportCandidate[];
  notes: ImportNote[];
  /** People named as owners that data/people.yaml does not know yet, once each: proposed, not public. */
  people: ProposedPerson[];
}

/** A unit of the minutes' body, after PDF line breaks are undone. */
export type Unit =
  | { type: 'heading'; text: string; line: number }
  /** A bullet or paragraph; listLabel: it stands under "Besluiten:" (or another label alone on a line). */
  | { type: 'item'; bullet: boolean; number: string | null; text: Joined; line: number; listLabel: string | null; quote?: boolean }
  | { type: 'table'; rows: SourceLine[]; line: number };

/** The attributes the importer writes under a block: a part of the schema's keys. */
export type AttributeKey = Extract<BlockAttributeKey, 'eigenaar' | 'termijn' | 'status'>;

/** One bullet or paragraph of the draft. */
export interface DraftItem {
  type: 'item';
  bullet: boolean;
  number: string | null;
  /** The canonical label (Afspraak, Besluit, Toezegging, Actiepunt), or null. */
  label: string | null;
  text: string;
  attributes: { key: AttributeKey; value: string }[];
  /** HTML comments under the item: candidates and words kept from the source. */
  comments: string[];
  line: number;
}

export interface DraftTable {
  type: 'table';
  lines: string[];
  line: number;
}

export interface DraftSection {
  heading: string | null;
  line: number;
  content: (DraftItem | DraftTable)[];
}

export interface DraftHeader {
  orgaan: string;
  datum: string;
  /** YAML comments written after a field: where a guessed value came from. */
  comments: Partial<Record<'orgaan' | 'datum' | 'voorzitter' | 'afwezig', string>>;
  voorzitter: string | null;
  aanwezig: string[];
  afwezig: string[];
}

export interface Draft {
  header: DraftHeader;
  sections: DraftSection[];
}
