import type { Root } from 'mdast';
import v8 from 'node:v8';

/**
 * A tree as bytes: a file's result carries its tree this way to the site (cached, and sent
 * between threads), about a tenth of the memory of the tree itself, unpacked only to render.
 */
export function packTree(tree: Root): Uint8Array {
  return v8.serialize(tree);
}

export function unpackTree(bytes: Uint8Array): Root {
  return v8.deserialize(bytes) as Root;
}
