import { describe, expect, test } from 'vitest';
import { MAX_FRONTMATTER_BYTES, MAX_FRONTMATTER_ENTRIES, parseFrontmatter } from '../../src/parse/parseFrontmatter.js';
import { run, source } from '../helpers.js';
import { lrtIn, project } from '../cli/safetyHelpers.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Front matter is bounded: too many keys and list items, or too many bytes, is one Dutch error at
 * the opening fence, not thousands of messages or minutes of work. Below the bounds every key is
 * still reported at its own line (the lookups behind that are by key, not by scanning the map,
 * so this is linear; the timing is the benchmark's, not a test's).
 */

const HEAD = 'orgaan: LRT\ndatum: 2024-03-01\nstatus: concept\n';
const minutes = (yaml: string) => `---\n${yaml}---\n\n## 1. Opening\n\n- Tekst.\n`;
const unknownKeys = (n: number) => Array.from({ length: n }, (_, i) => `v${i}: ${i}\n`).join('');

describe('front matter bounds', () => {
  test('more keys than allowed: one error at the fence, no flood of messages', () => {
    const r = run([source('minutes/2024-03-01-lrt.md', minutes(HEAD + unknownKeys(MAX_FRONTMATTER_ENTRIES + 10)))]);
    const errors = r.diagnostics.filter((d) => d.file === 'minutes/2024-03-01-lrt.md');
    expect(errors.map((d) => [d.rule, d.line, d.column])).toEqual([['frontmatter-too-many-entries', 1, 1]]);
    expect(errors[0]!.message).toBe(
      `Het kopblok heeft ${MAX_FRONTMATTER_ENTRIES + 13} velden en lijstregels; meer dan ${MAX_FRONTMATTER_ENTRIES} wordt niet gelezen. Controleer of hier per ongeluk een hele tekst of tabel in het kopblok is geplakt.`,
    );
  });

  test('list items count too (a pasted attendee list of thousands)', () => {
    const list = 'aanwezig:\n' + Array.from({ length: MAX_FRONTMATTER_ENTRIES }, (_, i) => `  - D${i}\n`).join('');
    const r = run([source('minutes/2024-03-01-lrt.md', minutes(HEAD + list))]);
    expect(r.diagnostics.map((d) => d.rule)).toContain('frontmatter-too-many-entries');
  });

  test('more bytes than allowed: refused before the YAML parser sees it', () => {
    const long = `titel_notitie: "${'x'.repeat(MAX_FRONTMATTER_BYTES)}"\n`;
    const fm = parseFrontmatter('minutes/a.md', HEAD + long, 1);
    expect(fm.data).toBeNull();
    expect(fm.diagnostics.map((d) => [d.rule, d.line])).toEqual([['frontmatter-too-large', 1]]);
    expect(fm.diagnostics[0]!.message).toContain(`Het kopblok is groter dan ${MAX_FRONTMATTER_BYTES / 1024} kB en wordt daarom niet gelezen.`);
  });

  test('just below the bound: every unknown key reported at its own line and column', () => {
    const n = MAX_FRONTMATTER_ENTRIES - 3;
    const r = run([source('minutes/2024-03-01-lrt.md', minutes(HEAD + unknownKeys(n)))]);
    const unknown = r.diagnostics.filter((d) => d.rule === 'field-unknown');
    expect(unknown).toHaveLength(n);
    unknown.forEach((d, i) => {
      expect(d.line).toBe(5 + i);
      expect(d.column).toBe(1);
      expect(d.message).toContain(`"v${i}"`);
    });
  });

  test('a duplicate key is still found, at the second occurrence, and the data is not used', () => {
    const fm = parseFrontmatter('minutes/a.md', `${HEAD}voorzitter: A (BZK)\nagenda: []\nvoorzitter: B (BZK)\n`, 1);
    expect(fm.data).toBeNull();
    expect(fm.diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['yaml-duplicate-key', 7, 1, 'Het veld "voorzitter" staat twee keer in het kopblok. Houd er één over.'],
    ]);
  });

  test('lrt check on 100,000 keys answers with the bound, exit 1', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'minutes/2024-05-01-lrt.md'), minutes('orgaan: LRT\ndatum: 2024-05-01\nstatus: concept\n' + Array.from({ length: 100_000 }, (_, i) => `v${i}: ${i}\n`).join('')));
    const r = await lrtIn(dir, ['check']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('minutes/2024-05-01-lrt.md:1:1  Het kopblok is');
    expect(r.out).toContain('[frontmatter-too-large]');
  });
});
