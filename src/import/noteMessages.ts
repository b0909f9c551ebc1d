/**
 * What `lrt import` tells the secretariat about a draft: what it could not determine and what it
 * guessed, so nothing is filled in silently. The texts live in the catalogue
 * (src/diagnostics/messages.ts) under `import-<key>`; a note is a Diagnostic like any other.
 */
import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic, type Position, type RuleParams } from '../diagnostics/diagnostic.js';
import { ruleMessage, type RuleId } from '../diagnostics/messages.js';

/** The importer's note keys: each is the catalogue's rule `import-<key>`. */
export type NoteKey = RuleId extends infer R ? (R extends `import-${infer K}` ? K : never) : never;

type NoteRule<K extends NoteKey> = `import-${K}` & RuleId;

export function noteRule<K extends NoteKey>(key: K): NoteRule<K> {
  return `import-${key}` as NoteRule<K>;
}

/** The note's text alone. */
export function noteMessage<K extends NoteKey>(key: K, ...params: RuleParams<NoteRule<K>>): string {
  return (ruleMessage as (r: RuleId, p?: unknown) => string)(noteRule(key), params[0]);
}

/** One note as a diagnostic: the input file, the line (and column, where the stage knows it). */
export function importNote<K extends NoteKey>(file: string, at: Position, key: K, ...params: RuleParams<NoteRule<K>>): Diagnostic {
  return (diagnostic as (r: RuleId, f: string, a: Position, p?: unknown) => Diagnostic)(noteRule(key), file, at, params[0]);
}

/**
 * How stages report a note: the input line it concerns (or line and column), the key, the
 * message's values. Without a column the note points at the line's first character.
 */
export type Note = <K extends NoteKey>(line: number | Position, key: K, ...params: RuleParams<NoteRule<K>>) => void;
