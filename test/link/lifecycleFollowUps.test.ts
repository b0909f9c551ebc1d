import { describe, expect, it } from 'vitest';
import { run, source } from '../helpers.js';
import { fixtureProject } from './fixtureSources.js';
import { RegisterSchema } from '../../src/schema/register.js';

const DIR = 'test/fixtures/lifecycle/besluit-vervangen-en-ingetrokken';

describe('a later Besluit replaces or withdraws an earlier one', () => {
  const r = run(fixtureProject(DIR), '2024-06-01');
  const get = (id: string) => r.register.agreements.find((a) => a.id === id)!;

  it('marks the old decisions and links both ways', () => {
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(() => RegisterSchema.parse(r.register)).not.toThrow();
    const old = get('prt-utrecht-2024-03-07-1');
    expect([old.status, old.supersededBy, old.withdrawnBy]).toEqual(['vervallen', 'prt-utrecht-2024-05-16-1', null]);
    expect(old.followUps.map((f) => [f.relation, f.ref, f.date])).toEqual([['vervangen', 'prt-utrecht-2024-05-16-1', '2024-05-16']]);
    expect(get('prt-utrecht-2024-05-16-1').supersedes).toEqual(['prt-utrecht-2024-03-07-1']);
    const withdrawn = get('prt-utrecht-2024-03-07-2');
    expect([withdrawn.status, withdrawn.withdrawnBy, withdrawn.supersededBy]).toEqual(['vervallen', 'prt-utrecht-2024-05-16-2', null]);
    expect(get('prt-utrecht-2024-05-16-2').withdraws).toEqual(['prt-utrecht-2024-03-07-2']);
    // A decision nobody replaced stays what it was.
    expect([get('prt-utrecht-2024-03-07-3').status, get('prt-utrecht-2024-03-07-3').supersededBy]).toEqual(['afgerond', null]);
  });

  it('has not replaced anything before the later meeting (as of its eve)', () => {
    const before = run(fixtureProject(DIR), '2024-05-15');
    const old = before.register.agreements.find((a) => a.id === 'prt-utrecht-2024-03-07-1')!;
    expect([old.status, old.supersededBy]).toEqual(['afgerond', null]);
    // As of its eve the later meeting has not taken place: its decision is not in the register at all.
    expect(before.register.agreements.find((a) => a.id === 'prt-utrecht-2024-05-16-1')).toBeUndefined();
    expect(before.register.agreements.filter((a) => a.supersedes.length || a.withdraws.length || a.supersededBy || a.withdrawnBy)).toEqual([]);
  });

  it('refuses an Afspraak that replaces, a later decision, and itself', () => {
    const text = (date: string, body: string) =>
      `---\norgaan: PRT Utrecht\ndatum: ${date}\nstatus: concept\nagenda:\n  - 1. Punt\n---\n\n## 1. Punt\n\n${body}\n`;
    const res = run([
      source('minutes/2024-03-07-prt-utrecht.md', text('2024-03-07', '- Besluit: Eerste besluit.\n  - id: prt-utrecht-2024-03-07-1\n  - vervangt: prt-utrecht-2024-05-16-2\n- Besluit: Zelf.\n  - id: prt-utrecht-2024-03-07-2\n  - trekt in: prt-utrecht-2024-03-07-2')),
      source('minutes/2024-05-16-prt-utrecht.md', text('2024-05-16', '- Afspraak: IPO vervangt het besluit.\n  - id: prt-utrecht-2024-05-16-1\n  - vervangt: prt-utrecht-2024-03-07-1\n- Besluit: Later besluit.\n  - id: prt-utrecht-2024-05-16-2')),
    ], '2024-06-01');
    expect(r.diagnostics.filter((d) => d.rule.startsWith('lifecycle'))).toEqual([]);
    expect(res.diagnostics.filter((d) => d.rule.startsWith('lifecycle')).map((d) => [d.file, d.rule, d.line])).toEqual([
      ['minutes/2024-03-07-prt-utrecht.md', 'lifecycle-not-earlier', 13],
      ['minutes/2024-03-07-prt-utrecht.md', 'lifecycle-self', 16],
      ['minutes/2024-05-16-prt-utrecht.md', 'lifecycle-not-decision', 13],
    ]);
  });
});
