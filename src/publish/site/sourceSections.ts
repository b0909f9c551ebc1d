import type { Root } from 'mdast';
import { parseSource, type SourceText } from '../../parse/parseSource.js';
import { unpackTree } from '../../parse/packedTree.js';
import type { FilePublish } from '../../readParseExtract.js';
import { sectionsOf, type Section } from './sectionsOf.js';

/**
 * A file's tree for its page: the copy its result carries (the tree the register was read from),
 * or, for a result made without the site in mind, the same text parsed again by the same parser.
 */
export function sourceTree(source: SourceText, published: FilePublish | undefined): Root {
  return published ? unpackTree(published.tree) : parseSource(source.file, source.text).tree;
}

/** A file's passages: as its result carries them, else cut from its tree. */
export function sectionsOfSource(source: SourceText, published: FilePublish | undefined): Section[] {
  return published?.sections ?? sectionsOf(sourceTree(source, published));
}
