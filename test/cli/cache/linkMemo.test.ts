import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, test } from 'vitest';
import { runPipeline, runPipelineWith, type PipelineResult } from '../../../src/pipeline.js';
import { fileExecutor } from '../../../src/cli/fileExecutor.js';
import { sealEntry } from '../../../src/cli/cache/fileCache.js';
import { LINK_ENTRY } from '../../../src/cli/cache/entryShape.js';
import type { Registry } from '../../../src/schema/registry.js';
import type { RawSource } from '../../../src/read/readSources.js';
import { generateMinutes } from '../../bench/generateMinutes.js';
import { registry, shippedSources, source } from '../../helpers.js';
import { scratchDir } from '../safetyHelpers.js';

/**
 * The follow-up proposals are ranked over every passage of every file, so the CLI keeps them whole
 * in the cache (LinkMemo) for a run over exactly the same files, registry, tool and as-of date
 * (a check after a build). Any other run ranks them anew, and a damaged entry is never trusted:
 * the register and the diagnostics are always those of a run without a cache.
 */

const AS_OF = '2024-06-01';
const NOW = '2024-06-01T12:00:00.000Z';

const corpus: RawSource[] = [...shippedSources(), ...generateMinutes(20, 4).map((f) => source(f.path, f.text))];

function outcome(r: PipelineResult) {
  return { register: JSON.stringify(r.register), diagnostics: JSON.stringify(r.diagnostics) };
}

/** The pipeline as the CLI runs it (context.ts): the executor's cache, and its memo for the link stage. */
async function cliRun(cacheDir: string, raw: RawSource[], asOf = AS_OF, reg: Registry = registry()) {
  const executor = fileExecutor({ cacheDir, threads: 1 });
  let ranked = 0;
  const memo = executor.linkMemo(raw, reg, asOf);
  const result = await runPipelineWith(executor, raw, reg, asOf, NOW, {
    forSite: false,
    memo: (part, compute, isShape) => memo(part, () => (ranked++, compute()), isShape),
  });
  return { result, ranked };
}

const linkEntries = (cacheDir: string) =>
  readdirSync(path.join(cacheDir, 'v1', LINK_ENTRY), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

describe('the follow-up proposals kept between runs', () => {
  const expected = outcome(runPipeline(corpus, registry(), AS_OF, NOW));

  test('a second run over the same files reads them back instead of ranking: the same register and diagnostics', async () => {
    const cacheDir = scratchDir('lrt-memo-');
    const first = await cliRun(cacheDir, corpus);
    expect(first.ranked).toBe(1);
    expect(outcome(first.result)).toEqual(expected);
    const second = await cliRun(cacheDir, corpus);
    expect(second.ranked).toBe(0);
    expect(outcome(second.result)).toEqual(expected);
    // The kept proposals are not empty: the memo carried something real.
    expect(second.result.register.agreements.some((a) => a.suggestions.length > 0)).toBe(true);
    expect(second.result.diagnostics.some((d) => d.rule === 'followup-suggested')).toBe(true);
  });

  test('a changed file, another as-of date or another registry: ranked anew, never the kept proposals', async () => {
    const cacheDir = scratchDir('lrt-memo-');
    await cliRun(cacheDir, corpus);
    // A later meeting that now reports on an agreement: the proposals must change with it.
    const agreement = runPipeline(corpus, registry(), AS_OF, NOW).register.agreements.find((a) => a.status === 'open' && a.kind !== 'besluit' && a.meeting.body === 'LRT' && a.suggestions.length === 0);
    expect(agreement).toBeTruthy();
    const report = source(
      `minutes/${agreement!.meeting.date.slice(0, 4)}-12-30-lrt-verslag.md`,
      `---\norgaan: LRT\ndatum: ${agreement!.meeting.date.slice(0, 4)}-12-30\nstatus: vastgesteld\nagenda:\n  - 1. Terugblik\n---\n\n## 1. Terugblik\n\n${agreement!.text} Dit is afgerond en toegezonden.\n`,
    );
    const changed = [...corpus, report];
    const again = await cliRun(cacheDir, changed);
    expect(again.ranked).toBe(1);
    expect(outcome(again.result)).toEqual(outcome(runPipeline(changed, registry(), AS_OF, NOW)));
    expect(again.result.register.agreements.find((a) => a.id === agreement!.id)!.suggestions.map((s) => s.source.file)).toContain(report.path);

    const later = await cliRun(cacheDir, corpus, '2025-01-01');
    expect(later.ranked).toBe(1);
    expect(outcome(later.result)).toEqual(outcome(runPipeline(corpus, registry(), '2025-01-01', NOW)));

    const other = { ...registry(), organisaties: [...registry().organisaties, { code: 'XYZ', naam: 'Nieuw', soort: 'partner' as const, aliassen: [], rollen: [], eenheden: [] }] };
    const otherRun = await cliRun(cacheDir, corpus, AS_OF, other);
    expect(otherRun.ranked).toBe(1);
    expect(outcome(otherRun.result)).toEqual(outcome(runPipeline(corpus, other, AS_OF, NOW)));
  });

  const damage: Record<string, (file: string) => void> = {
    'one bit flipped': (f) => {
      const b = readFileSync(f);
      b[Math.floor(b.length / 2)]! ^= 0x10;
      writeFileSync(f, b);
    },
    emptied: (f) => writeFileSync(f, ''),
    'whole, with a right checksum, but proposals for fewer agreements': (f) => {
      const kept = v8.deserialize(readFileSync(f).subarray(36)) as { suggestions: unknown[]; diagnostics: unknown[] };
      writeFileSync(f, sealEntry(path.basename(f), v8.serialize({ ...kept, suggestions: kept.suggestions.slice(1) })));
    },
    'whole, with a right checksum, but of another shape': (f) => writeFileSync(f, sealEntry(path.basename(f), v8.serialize({ suggestions: [[{ score: 'hoog' }]], diagnostics: [] }))),
  };

  test.each(Object.entries(damage))('a damaged entry (%s): ranked anew, the same register and diagnostics', async (_, harm) => {
    const cacheDir = scratchDir('lrt-memo-');
    await cliRun(cacheDir, corpus);
    const files = linkEntries(cacheDir);
    expect(files.length).toBe(1);
    harm(files[0]!);
    const again = await cliRun(cacheDir, corpus);
    expect(again.ranked).toBe(1);
    expect(outcome(again.result)).toEqual(expected);
  });

  test('without a cache nothing is kept: every run ranks', async () => {
    const executor = fileExecutor({ cacheDir: null, threads: 1 });
    let ranked = 0;
    for (let i = 0; i < 2; i++) {
      const memo = executor.linkMemo(corpus, registry(), AS_OF);
      const r = await runPipelineWith(executor, corpus, registry(), AS_OF, NOW, { forSite: false, memo: (p, c, s) => memo(p, () => (ranked++, c()), s) });
      expect(outcome(r)).toEqual(expected);
    }
    expect(ranked).toBe(2);
  });
});
