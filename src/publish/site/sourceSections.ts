import type { Root } from 'mdast';
import { parseSource, type SourceText } from '../../parse/parseSource.js';
import { unpackTree } from '../../parse/packedTree.js';
import type { FilePublish } from '../../readParseExtract.js';
import { sectionsOf, type Section } from './sectionsOf.js';

/**
 * A file's tree for its page: the packed copy of the tree the register was read from (carried
 * with the result, or kept by the build's cache: SiteContext.treeOf), or, when there is none (a
 * result made without the site in mind, a cache entry gone bad), the same text parsed again by
 * the same parser.
 */
export function sourceTree(source: SourceText, packed: Uint8Array | null): Root {
  return packed ? unpackTree(packed) : parseSource(source.file, source.text).tree;
}

/** A file's passages: as its result carries them, else cut from its tree. */
export function sectionsOfSource(source: SourceText, published: FilePublish | undefined): Section[] {
  return published?.sections ?? sectionsOf(sourceTree(source, null));
}
