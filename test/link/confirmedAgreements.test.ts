import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';
import { findQuote } from '../../src/link/confirmedAgreements.js';

const dir = 'test/fixtures/confirmations';
const minutes = repoFile(`${dir}/verslag-zonder-labels.md`);
const rules = (r: ReturnType<typeof run>, file: string) =>
  r.diagnostics.filter((d) => d.file === file).map((d) => [d.line, d.rule, d.severity]);

describe('confirmations: unlabelled sentences of adopted minutes registered without editing them', () => {
  it('registers each confirmed sentence at its line and agenda item, with label, owner, deadline and the mark', () => {
    const r = run([minutes, repoFile(`${dir}/bevestiging-geldig.md`)]);
    expect(r.diagnostics).toEqual([]);
    const got = r.register.agreements.map((a) => ({
      id: a.id, kind: a.kind, label: a.label, line: a.source.line, item: a.agendaItem?.number, owners: a.owners, inferred: a.ownersInferred,
      deadline: a.deadline.moments.map((m) => [m.date, m.text]), status: a.status, confirmed: a.confirmed?.line ?? null,
    }));
    expect(got).toEqual([
      { id: 'prt-utrecht-2024-03-07-2', kind: 'afspraak', label: 'Actiepunt', line: 21, item: '2', owners: ['COA'], inferred: true, deadline: [['2024-04-01', 'voor 1 april']], status: 'open', confirmed: 5 },
      { id: 'prt-utrecht-2024-03-07-3', kind: 'afspraak', label: 'Afspraak', line: 23, item: '2', owners: ['VNG'], inferred: true, deadline: [['2024-03-31', 'eind maart']], status: 'open', confirmed: 8 },
      { id: 'prt-utrecht-2024-03-07-1', kind: 'afspraak', label: 'Afspraak', line: 25, item: '2', owners: ['CdK'], inferred: true, deadline: [], status: 'open', confirmed: null },
      { id: 'prt-utrecht-2024-03-07-4', kind: 'besluit', label: 'Besluit', line: 27, item: '2', owners: [], inferred: false, deadline: [], status: 'afgerond', confirmed: 12 },
    ]);
    // The quote spans the PDF-style line break in the minutes; the register keeps the sentence as one line.
    expect(r.register.agreements[0]!.text).toBe('COA zal voor 1 april een overzicht sturen van de statushouders die al langer dan een half jaar wachten op een woning.');
    expect(r.register.agreements[0]!.confirmed).toEqual({
      note: 'zonder label in het verslag, bevestigd door het secretariaat', file: `${dir}/bevestiging-geldig.md`, line: 5,
    });
  });

  it('a labelled block in the same minutes is no confirmation, and nothing counts as lost', () => {
    const r = run([minutes, repoFile(`${dir}/bevestiging-geldig.md`)]);
    expect(r.diagnostics.filter((d) => d.rule === 'block-lost')).toEqual([]);
    expect(r.register.agreements.find((a) => a.id === 'prt-utrecht-2024-03-07-1')!.confirmed).toBeUndefined();
  });

  it('says what is wrong with each confirmation, at its line in the confirmation file', () => {
    const file = `${dir}/bevestiging-fouten.md`;
    const r = run([minutes, repoFile(file)]);
    expect(rules(r, file)).toEqual([
      [6, 'confirmation-sentence-missing', 'error'],
      [9, 'confirmation-labelled', 'error'],
      [14, 'confirmation-label-unknown', 'error'],
      [15, 'confirmation-id-other-meeting', 'error'],
      [19, 'confirmation-sentence-ambiguous', 'warning'],
      [23, 'confirmation-owner-none', 'warning'],
      [25, 'deadline-unreadable', 'error'],
    ]);
    // What could be registered is; what could not is not registered twice or half.
    // In the order of their lines in the minutes.
    expect(r.register.agreements.map((a) => [a.id, a.source.line])).toEqual([['prt-utrecht-2024-03-07-10', 17], ['prt-utrecht-2024-03-07-9', 24], ['prt-utrecht-2024-03-07-1', 25]]);
    expect(r.diagnostics.find((d) => d.rule === 'confirmation-label-unknown')!.message).toContain('Bedoelt u "Afspraak"?');
  });

  it('a confirmation of a meeting that is not in minutes/ is an error: nothing of it is registered', () => {
    const file = `${dir}/bevestiging-vergadering-onbekend.md`;
    const r = run([minutes, repoFile(file)]);
    expect(rules(r, file)).toEqual([[3, 'confirmation-meeting-unknown', 'error']]);
    expect(r.register.agreements.map((a) => a.id)).toEqual(['prt-utrecht-2024-03-07-1']);
  });

  it('on concept minutes it still registers, with a warning to put the label in the text instead', () => {
    const concept = { ...repoFile(`${dir}/concept-verslag-zonder-labels.md`) };
    const file = `${dir}/bevestiging-geldig.md`;
    const r = run([concept, repoFile(file)]);
    expect(rules(r, file)).toEqual([[3, 'confirmation-concept', 'warning']]);
    expect(r.register.agreements.filter((a) => a.confirmed)).toHaveLength(3);
  });

  it('finds a quote whatever the quote marks, line breaks and bold, outside the front matter only', () => {
    const text = '---\norgaan: LRT\nzin: CdK’s sturen\n---\n\n- De **CdK´s sturen**\n  de brief.\n';
    expect(findQuote(text, "CdK's sturen de brief.")).toEqual({ text: 'CdK´s sturen de brief.', line: 6, column: 8, count: 1 });
    expect(findQuote(text, 'orgaan: LRT')).toBeNull();
  });

  it('lrt check --base: a published confirmation that is taken away is an error, as a removed labelled block is', async () => {
    const { compareWithBase } = await import('../../src/link/compareWithBase.js');
    const confirmed = repoFile(`${dir}/bevestiging-geldig.md`);
    const base = run([minutes, confirmed]);
    expect(compareWithBase(base, run([minutes, confirmed]))).toEqual([]);
    const removed = compareWithBase(base, run([minutes]));
    expect(removed.map((d) => [d.file, d.rule, d.severity])).toEqual([
      [`${dir}/bevestiging-geldig.md`, 'confirmation-removed', 'error'],
      [`${dir}/bevestiging-geldig.md`, 'confirmation-removed', 'error'],
      [`${dir}/bevestiging-geldig.md`, 'confirmation-removed', 'error'],
    ]);
    expect(removed[0]!.message).toContain('prt-utrecht-2024-03-07-2');
  });
});
