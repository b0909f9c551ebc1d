import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { RenderMemo, StoredRender } from '../../publish/site/renderMemo.js';
import { toolVersion } from '../cache/fileCache.js';

/**
 * The rendered minutes of the last build, in one file under the cache: read at the start of a
 * build, written at its end with only what this build used (so it never grows past the site).
 * The tool's version names the file: new code renders anew.
 */
export function loadRenderMemo(cacheDir: string | null): { memo: RenderMemo | undefined; save: () => void } {
  if (!cacheDir) return { memo: undefined, save: () => {} };
  const file = path.join(cacheDir, 'v1', 'weergave', `${toolVersion()}.bin`);
  let before = new Map<string, StoredRender>();
  try {
    before = v8.deserialize(readFileSync(file)) as Map<string, StoredRender>;
  } catch {
    // No memo yet, or from a run that stopped halfway: render everything.
  }
  const used = new Map<string, StoredRender>();
  let changed = false;
  const memo: RenderMemo = {
    get(key) {
      const hit = before.get(key);
      if (hit) used.set(key, hit);
      return hit;
    },
    set(key, value) {
      used.set(key, value);
      changed = true;
    },
  };
  return {
    memo,
    save() {
      if (!changed && used.size === before.size) return;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(`${file}.${process.pid}.tmp`, v8.serialize(used));
        renameSync(`${file}.${process.pid}.tmp`, file);
      } catch {
        // Only the next build gets slower.
      }
    },
  };
}
