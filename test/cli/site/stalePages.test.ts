import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main, type Io } from '../../../src/cli/main.js';
import { generateMinutes } from '../../bench/generateMinutes.js';
import { ROOT } from '../../helpers.js';

/**
 * A rebuild takes over every page whose inputs are as in the last build, without making its view
 * model (src/publish/site/pageInputs.ts). A page must be made anew whenever anything it prints
 * changed, also when the change is in another file: after each edit below, the site a rebuild
 * leaves is byte for byte the site a build without cache makes of the same files.
 */

const AS_OF = '2024-06-01';
const NOW = '2024-06-01T12:00:00.000Z';
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A project of generated minutes and status updates, with its own copy of the data files. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lrt-stale-'));
  made.push(dir);
  for (const f of generateMinutes(40, 11)) {
    mkdirSync(path.join(dir, path.dirname(f.path)), { recursive: true });
    writeFileSync(path.join(dir, f.path), f.text);
  }
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  return dir;
}

async function build(cwd: string, out: string, cacheDir: string | null): Promise<void> {
  const err: string[] = [];
  const io: Io = { cwd, out: () => {}, err: (s) => err.push(s), today: () => AS_OF, now: () => NOW, cacheDir, threads: 1 };
  const code = await main(['build', '--as-of', AS_OF, '-o', out], io);
  expect(code, err.join('\n')).toBe(0);
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'latin1'));
  return out;
}

const edit = (cwd: string, rel: string, change: (text: string) => string) => {
  const file = path.join(cwd, rel);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `${rel} unchanged by the edit`).not.toBe(before);
  writeFileSync(file, after);
};

const sorted = (cwd: string, dir: string) => readdirSync(path.join(cwd, dir)).sort();

/** Builds with the cache, edits, builds again with the cache, and compares with a build without cache. */
async function rebuiltAsCold(change: (cwd: string) => void): Promise<Map<string, string>> {
  const cwd = project();
  const cacheDir = path.join(cwd, '.cache', 'lrt');
  await build(cwd, '_site', cacheDir);
  change(cwd);
  await build(cwd, '_site', cacheDir);
  await build(cwd, '_koud', null);
  const rebuilt = files(path.join(cwd, '_site'));
  const cold = files(path.join(cwd, '_koud'));
  expect([...rebuilt.keys()].sort()).toEqual([...cold.keys()].sort());
  for (const [name, text] of cold) expect(rebuilt.get(name), name).toBe(text);
  return rebuilt;
}

describe('a rebuild re-renders every page that prints what changed', () => {
  test('a status update sets another meeting\'s agreement to done (its page, its meeting, owners, filters, later meetings)', async () => {
    await rebuiltAsCold((cwd) => {
      const update = sorted(cwd, 'agreements').find((f) => /^status: (open|loopt)$/m.test(readFileSync(path.join(cwd, 'agreements', f), 'utf8')))!;
      edit(cwd, `agreements/${update}`, (t) => t.replace(/^status: (open|loopt)$/m, 'status: afgerond'));
    });
  });

  test('an agreement\'s text changes in its own minutes (its cards on other pages, later meetings\' changes)', async () => {
    const site = await rebuiltAsCold((cwd) => {
      const file = sorted(cwd, 'minutes').find((f) => /^- Afspraak: /m.test(readFileSync(path.join(cwd, 'minutes', f), 'utf8')))!;
      edit(cwd, `minutes/${file}`, (t) => t.replace(/^- Afspraak: /m, '- Afspraak: Herzien: '));
    });
    expect([...site.values()].some((t) => t.includes('Herzien: '))).toBe(true);
  });

  test('a new meeting between two others (their previous and next, the agreements it follows up)', async () => {
    await rebuiltAsCold((cwd) => {
      const file = sorted(cwd, 'minutes')[3]!;
      const text = readFileSync(path.join(cwd, 'minutes', file), 'utf8');
      const date = /^datum: (\d{4}-\d{2}-\d{2})$/m.exec(text)![1]!;
      const next = new Date(`${date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const day = next.toISOString().slice(0, 10);
      // Its own ids, so it adds agreements instead of repeating them.
      const copy = text.replace(/^datum: .*$/m, `datum: ${day}`).replace(/^(\s*- id: [a-z-]+-)\d{4}-\d{2}-\d{2}(-\d+)$/gm, `$1${day}$2`);
      writeFileSync(path.join(cwd, 'minutes', file.replace(date, day)), copy);
    });
  });

  test('a site-wide change: an organisation\'s name in the data files', async () => {
    const site = await rebuiltAsCold((cwd) => {
      edit(cwd, 'data/organisations.yaml', (t) => t.replace(/^(\s*naam: )(.+)$/m, '$1$2 (hernoemd)'));
    });
    expect([...site.values()].some((t) => t.includes('(hernoemd)'))).toBe(true);
  });

  test('a site-wide change: the secretariat\'s contact in data/site.yaml', async () => {
    await rebuiltAsCold((cwd) => {
      edit(cwd, 'data/site.yaml', (t) => (/^contact:/m.test(t) ? t.replace(/^(\s*naam: )(.+)$/m, '$1$2 en partners') : `${t}\ncontact:\n  naam: Secretariaat LRT\n`));
    });
  });
});
