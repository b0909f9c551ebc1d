import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { RenderMemo, StoredRender } from '../../publish/site/renderMemo.js';
import { sha256 } from '../cache/fileCache.js';

/** Where an entry's bytes are in the memo file, and their SHA-256 (hex): a damaged entry is rendered anew. */
type Index = Record<string, [offset: number, length: number, sum: string]>;

function isIndex(v: unknown, size: number): v is Index {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every(
      (e) => Array.isArray(e) && e.length === 3 && Number.isSafeInteger(e[0]) && Number.isSafeInteger(e[1]) && e[0] >= 0 && e[1] >= 0 && e[0] + e[1] <= size && typeof e[2] === 'string',
    )
  );
}

/** The last 8 bytes of the file: where its index starts. */
const TRAILER = 8;

function openMemo(file: string): { fd: number; index: Index } | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const trailer = Buffer.alloc(TRAILER);
    readSync(fd, trailer, 0, TRAILER, size - TRAILER);
    const at = Number(trailer.readBigUInt64LE());
    if (!Number.isSafeInteger(at) || at < 0 || at > size - TRAILER) throw new Error('trailer');
    const raw = Buffer.alloc(size - TRAILER - at);
    readSync(fd, raw, 0, raw.length, at);
    const index: unknown = JSON.parse(raw.toString('utf8'));
    if (!isIndex(index, at)) throw new Error('index');
    return { fd, index };
  } catch {
    // No memo yet, or from a run that stopped halfway: render everything.
    if (fd !== null) closeSync(fd);
    return null;
  }
}

/**
 * The rendered minutes of the last build, in one file under the cache. Entries are read when
 * asked for and written as they are used, straight to the next build's file, so no build holds
 * all rendered minutes at once (at 10,000 meetings that was hundreds of megabytes). The new file
 * holds only what this build used (so it never grows past the site) and replaces the old one at
 * the end. The tool's version names the file: new code renders anew.
 */
export function loadRenderMemo(cacheDir: string | null, tool: string): { memo: RenderMemo | undefined; save: () => void; discard: () => void } {
  if (!cacheDir) return { memo: undefined, save: () => {}, discard: () => {} };
  const file = path.join(cacheDir, 'v1', 'weergave', `${tool}.bin`);
  const tmp = `${file}.${process.pid}.tmp`;
  const before = openMemo(file);
  let out: number | null = null;
  let at = 0;
  const index: Index = {};
  let failed = false;
  const append = (key: string, bytes: Uint8Array) => {
    if (failed || key in index) return;
    try {
      if (out === null) {
        mkdirSync(path.dirname(file), { recursive: true });
        out = openSync(tmp, 'w');
      }
      writeSync(out, bytes);
      index[key] = [at, bytes.byteLength, sha256(bytes).toString('hex')];
      at += bytes.byteLength;
    } catch {
      // Only the next build gets slower.
      failed = true;
    }
  };
  const close = () => {
    if (before) closeSync(before.fd);
    if (out !== null) closeSync(out);
  };
  // A hit is kept only once it is used: a rendering that finds its links changed sets the key anew.
  let pending: [string, Uint8Array] | null = null;
  const flush = () => {
    if (pending) append(...pending);
    pending = null;
  };
  const memo: RenderMemo = {
    get(key) {
      flush();
      const where = before?.index[key];
      if (!where) return undefined;
      const bytes = Buffer.alloc(where[1]);
      try {
        if (readSync(before!.fd, bytes, 0, where[1], where[0]) !== where[1] || sha256(bytes).toString('hex') !== where[2]) return undefined;
        const hit = v8.deserialize(bytes) as StoredRender;
        pending = [key, bytes];
        return hit;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      if (pending?.[0] === key) pending = null;
      flush();
      append(key, v8.serialize(value));
    },
  };
  return {
    memo,
    save() {
      flush();
      try {
        if (out === null || failed) return;
        const trailer = Buffer.alloc(TRAILER);
        trailer.writeBigUInt64LE(BigInt(at));
        writeSync(out, Buffer.from(JSON.stringify(index)));
        writeSync(out, trailer);
        closeSync(out);
        out = null;
        renameSync(tmp, file);
      } catch {
        // Only the next build gets slower.
      } finally {
        close();
        rmSync(tmp, { force: true });
      }
    },
    discard() {
      close();
      rmSync(tmp, { force: true });
    },
  };
}
