import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run, source } from '../helpers.js';
import { writeIds } from '../../src/publish/writeIds.js';
import type { MinutesRecord } from '../../src/extract/extractMinutes.js';

const read = (f: string) => readFileSync(path.join(ROOT, 'test/fixtures/ids', f), 'utf8');
const idsOf = (text: string) =>
  run([source('minutes/x.md', text)]).register.agreements.map((a) => `${a.id} ${a.text.slice(0, 12)}`);

describe('agreement ids never change once written', () => {
  const base = read('ids-written.md');
  const before = idsOf(base);

  it('reads the written ids', () => {
    expect(before).toEqual(['lrt-2023-06-14-1 BZK deelt de', 'lrt-2023-06-14-2 VNG inventar', 'lrt-2023-06-14-3 De verdeelsl']);
  });

  it('keeps them when a block is added before the others, giving the new one the next free number', () => {
    const edited = base.replace('## 1. Opening en mededelingen\n', '## 1. Opening en mededelingen\n\n- Afspraak: COA meldt de bezetting.\n');
    const result = run([source('minutes/x.md', edited)]);
    const ids = result.register.agreements.map((a) => a.id);
    expect(ids).toEqual(['lrt-2023-06-14-4', 'lrt-2023-06-14-1', 'lrt-2023-06-14-2', 'lrt-2023-06-14-3']);
    expect(result.register.agreements[0]!.idWritten).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['id-missing']);
  });

  it('keeps them when a block is removed, and does not hand the removed number out again while a higher one exists', () => {
    const edited = base.replace(/- Afspraak: VNG[^\n]*\n {2}- id: [^\n]*\n {2}- eigenaar: VNG\n/, '');
    expect(idsOf(edited)).toEqual(['lrt-2023-06-14-1 BZK deelt de', 'lrt-2023-06-14-3 De verdeelsl']);
    const added = edited + '- Afspraak: IPO komt terug op de governance.\n';
    expect(idsOf(added).at(-1)).toBe('lrt-2023-06-14-4 IPO komt ter');
  });

  it('keeps them when blocks are moved to another agenda item', () => {
    const moved = base
      .replace(/- Besluit:[^\n]*\n {2}- id: lrt-2023-06-14-3\n/, '')
      .replace('## 1. Opening en mededelingen\n', '## 1. Opening en mededelingen\n\n- Besluit: De verdeelsleutel wordt vastgesteld.\n  - id: lrt-2023-06-14-3\n');
    expect(idsOf(moved).sort()).toEqual([...before].sort());
  });
});

describe('lrt ids writes missing ids into the file', () => {
  const text = read('ids-missing.md');
  const result = run([source('minutes/2023-06-14-lrt.md', text)]);
  const record = result.records.find((r) => r.kind === 'verslag') as MinutesRecord;
  const written = writeIds(text, record.pendingIds);

  it('numbers the blocks in order and inserts only id lines', () => {
    expect(record.pendingIds.map((p) => p.id)).toEqual(['lrt-2023-06-14-1', 'lrt-2023-06-14-2', 'lrt-2023-06-14-3', 'lrt-2023-06-14-4']);
    const removed = written.split('\n').filter((l) => !/^\s*- id: /.test(l));
    expect(removed.join('\n')).toBe(text);
  });

  it('writes each id where the parser reads it back, with nothing pending after', () => {
    const again = run([source('minutes/2023-06-14-lrt.md', written)]);
    expect(again.diagnostics).toEqual([]);
    expect(again.register.agreements.map((a) => [a.id, a.idWritten, a.kind])).toEqual([
      ['lrt-2023-06-14-1', true, 'afspraak'],
      ['lrt-2023-06-14-2', true, 'afspraak'],
      ['lrt-2023-06-14-3', true, 'besluit'],
      ['lrt-2023-06-14-4', true, 'toezegging'],
    ]);
    expect(again.register.agreements[1]!.owners).toEqual(['VNG']);
  });
});
