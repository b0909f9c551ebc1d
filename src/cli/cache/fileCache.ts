import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

export const sha = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

// The compiled tool itself (dist/, or src/ when run from TypeScript): a changed line of code
// makes every entry a miss, so a cache never outlives the code that wrote it. Read once per
// command (CommandContext.tool), not per file.
export function toolVersion(): string {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const h = createHash('sha1');
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** An entry on disk: these 4 bytes, the SHA-256 of its key and payload, then the payload. */
const MAGIC = Buffer.from('LRT1', 'latin1');
const HEADER = MAGIC.length + 32;

export const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

// The key is in the checksum too: an entry copied to another entry's name is not that entry.
const checksum = (key: string, payload: Uint8Array) => createHash('sha256').update(key).update('\0').update(payload).digest();

/** The payload framed with its checksum, as written to disk. */
export function sealEntry(key: string, payload: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, checksum(key, payload), payload]);
}

/** The payload of a framed entry, or null when anything about it is off (truncated, a flipped bit, another format, another key). */
export function openEntry(key: string, bytes: Uint8Array): Uint8Array | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < HEADER || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const payload = buf.subarray(HEADER);
  return checksum(key, payload).equals(buf.subarray(MAGIC.length, HEADER)) ? payload : null;
}

/**
 * Entries of one kind under .cache/lrt/, one file each, named by the hash of what they were made
 * from. Written to a temporary name and renamed, so a run that stops halfway or a second run at
 * the same time never reads half an entry. Each entry carries the SHA-256 of its payload: a
 * missing, truncated, bit-flipped or ill-shaped entry is a miss and is computed anew, never trusted
 * (a corrupt entry once gave a wrong site, or an error blamed on the minutes).
 */
export class FileCache {
  readonly dir: string;
  private made = new Set<string>();
  private used = new Set<string>();
  written = 0;

  constructor(dir: string) {
    this.dir = path.join(dir, 'v1');
  }

  private where(kind: string, key: string): string {
    return path.join(this.dir, kind, key.slice(0, 2), key);
  }

  get<T>(kind: string, key: string, isShape: (v: unknown) => v is T): T | null {
    const payload = this.getBuffer(kind, key);
    if (!payload) return null;
    try {
      const value: unknown = v8.deserialize(payload);
      return isShape(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** An entry's payload as written (putBuffer), checksum verified; null when missing or damaged. */
  getBuffer(kind: string, key: string): Uint8Array | null {
    const file = this.where(kind, key);
    try {
      const payload = openEntry(key, readFileSync(file));
      if (payload) this.used.add(file);
      return payload;
    } catch {
      return null;
    }
  }

  /** Whether an entry is there (not whether it is whole: reading it says that), kept from pruning when it is. */
  has(kind: string, key: string): boolean {
    const file = this.where(kind, key);
    if (!existsSync(file)) return false;
    this.used.add(file);
    return true;
  }

  put(kind: string, key: string, value: unknown): void {
    this.putBuffer(kind, key, v8.serialize(value));
  }

  /** Writes an entry; false when it could not be written (the run goes on without it). */
  putBuffer(kind: string, key: string, buffer: Uint8Array): boolean {
    const file = this.where(kind, key);
    const parent = path.dirname(file);
    try {
      if (!this.made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        this.made.add(parent);
      }
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, sealEntry(key, buffer));
      renameSync(tmp, file);
      this.used.add(file);
      this.written++;
      return true;
    } catch {
      // A cache that cannot be written only makes the next run slower.
      return false;
    }
  }

  /**
   * Entries this run did not use go once they outnumber the ones it did by far (old versions of
   * files, switched branches): the cache stays about the size of the sources.
   */
  prune(kind: string, factor = 3): void {
    const root = path.join(this.dir, kind);
    let entries: string[];
    try {
      entries = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name));
    } catch {
      return;
    }
    const used = entries.filter((f) => this.used.has(f)).length;
    if (entries.length <= Math.max(64, used * factor)) return;
    const hour = Date.now() - 3600_000;
    for (const f of entries) {
      if (this.used.has(f)) continue;
      try {
        if (statSync(f).mtimeMs < hour || f.endsWith('.tmp')) rmSync(f, { force: true });
      } catch {
        // Gone already: another run pruned it.
      }
    }
  }
}
