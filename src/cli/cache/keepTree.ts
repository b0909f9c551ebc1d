import v8 from 'node:v8';
import type { FilePublish } from '../../readParseExtract.js';
import type { FileCache } from './fileCache.js';
import { PUBLISH_ENTRY, TREE_ENTRY, type PublishPart } from './entryShape.js';

/**
 * A file's publish part into the cache, its tree as an entry of its own: when both were written,
 * the part without the tree (and as serialised), for the tree is then read back from the cache
 * when its page is rendered; else null, and the tree stays with the result.
 */
export function keepTree(cache: FileCache | null, key: string, publish: FilePublish): { part: PublishPart; bytes: Uint8Array } | null {
  const { tree, ...part } = publish;
  if (!cache || !tree || !cache.putBuffer(TREE_ENTRY, key, tree)) return null;
  const bytes = v8.serialize(part);
  return cache.putBuffer(PUBLISH_ENTRY, key, bytes) ? { part, bytes } : null;
}
