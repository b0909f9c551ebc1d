import type { ParsedSource } from '../../parse/parseSource.js';
import { sectionsOf, type Section } from './sectionsOf.js';
import { knownSections } from './knownSections.js';

/** A file's passages: from the cache when the pipeline knew them, else cut from its tree. */
export function sectionsOfSource(source: ParsedSource): Section[] {
  return knownSections.get(source) ?? sectionsOf(source.tree);
}
