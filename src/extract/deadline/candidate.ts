/** What every phrase parser gets and gives. */

export interface ScanContext {
  meetingDate: string;
  body: string;
  /**
   * 'text': running minutes text, where bare period names and past dates are
   * usually references. 'value': a "termijn:" value, which is a deadline by definition.
   */
  mode: 'text' | 'value';
}

/** A phrase found in the normalised text; offsets index the normalised text. */
export interface Candidate {
  start: number;
  end: number;
  date: string | null;
  note?: string;
  /** From our own rules: they win ties against chrono, which we only trust for plain dates. */
  own: boolean;
  /** The words spell the date out in digits; preferred when two phrases name one moment. */
  literal: boolean;
  /** A bare period name ("juni", "Q3") is a moment only after a preposition ("in juni"). */
  needsPrefix: boolean;
  /** Meeting phrases take no prefix: in "voor de LRT van juni", "voor" means "for". */
  takesPrefix: boolean;
}

export type CandidateFields = Omit<Candidate, 'start' | 'end'>;
