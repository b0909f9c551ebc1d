import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * "- [x] Afspraak: …": the secretariat ticked it, the register kept it open without a word. A tick
 * is no status: it is said, with how to record the agreement as done, unless "status: afgerond" says so.
 */
const r = run([repoFile('test/extract/fixtures/task-item-ticked.md')], '2024-12-01');

it('a ticked block is a warning at the bullet, unless its status is afgerond', () => {
  const said = r.diagnostics.filter((d) => d.rule === 'task-ticked');
  expect(said.map((d) => `${d.line}:${d.column}`)).toEqual(['12:1', '16:1', '19:3']);
  expect(said[0]!.severity).toBe('warning');
  expect(said[0]!.message).toContain('"- status: afgerond"');
  expect(said[0]!.message).toContain('agreements/');
});

it('the status is what is written, never the tick', () => {
  expect(r.register.agreements.map((a) => [a.text, a.status])).toEqual([
    ['COA meldt het aantal plaatsen.', 'open'],
    ['IND levert de cijfers.', 'open'],
    ['VNG stuurt de brief.', 'afgerond'],
    ['SJenV informeert de Kamer.', 'loopt'],
    ['BZK deelt de gegevens.', 'open'],
  ]);
});
