import type { ParsedSource } from '../../parse/parseSource.js';
import type { Section } from './sectionsOf.js';

/**
 * Passages already cut from a file's tree, by source: a build from the cache knows them without
 * the tree, so an unchanged file is not read again for search. (Its own module: the pipeline
 * fills it without loading the site's code.)
 */
export const knownSections = new WeakMap<ParsedSource, Section[]>();
