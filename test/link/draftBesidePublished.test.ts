import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run, repoFile, shippedSources, source } from '../helpers.js';

// The published minutes of 21 April 2023, and a draft of the same meeting beside them, as
// "lrt import" would write it (status concept) with one id copied from the published file.
const published = repoFile('minutes/2023-04-21-lrt.md');
const draftText = readFileSync(path.join(ROOT, 'test/fixtures/link/draft-beside-published.md'), 'utf8');

describe('a draft beside published minutes of the same date', () => {
  for (const [order, files] of [
    ['draft read first', [source('minutes/2023-04-21-import.md', draftText), published]],
    ['draft read last', [published, source('minutes/2023-04-21-zz-import.md', draftText)]],
  ] as const) {
    it(`is reported at the draft, never at the published file (${order})`, () => {
      const others = shippedSources().filter((f) => f.path !== published.path);
      const r = run([...files, ...others], '2023-05-01');
      const draft = files.find((f) => f !== published)!.path;
      const serious = r.diagnostics.filter((d) => d.severity === 'error');
      expect(serious.map((d) => d.rule).sort()).toEqual(['id-duplicate-in-draft', 'meeting-draft-of-published']);
      for (const d of serious) expect(d.file).toBe(draft);
      expect(r.diagnostics.filter((d) => d.file === published.path)).toEqual([]);
      const messages = serious.map((d) => d.message).join('\n');
      expect(messages).toContain('minutes/2023-04-21-lrt.md');
      expect(messages).toMatch(/blijft zoals het is|Verander dat verslag niet/);
      expect(messages).not.toMatch(/geef dit blok een nieuw nummer/);
    });
  }

  it('two published files of one meeting still get the plain duplicate message', () => {
    const copy = source('minutes/2023-04-21-kopie.md', readFileSync(path.join(ROOT, 'minutes/2023-04-21-lrt.md'), 'utf8'));
    const r = run([published, copy, ...shippedSources().filter((f) => f.path !== published.path)], '2023-05-01');
    expect(r.diagnostics.some((d) => d.rule === 'meeting-duplicate')).toBe(true);
  });
});
