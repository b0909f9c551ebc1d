import { describe, expect, it } from 'vitest';
import { nameMatcher } from '../../src/extract/nameMatcher.js';
import { foldForNames } from '../../src/extract/foldForNames.js';
import { findNamesInOutput } from '../../src/publish/site/findNamesInOutput.js';
import { run, source } from '../helpers.js';

const hits = (name: string, text: string) => nameMatcher(name).find(foldForNames(text)).length > 0;

describe('the forms in which a non-public name identifies its person', () => {
  it('finds the whole name and the surname with its particles, as whole words', () => {
    for (const text of ['Jan de Vries licht toe', 'De heer De Vries (DGM) licht toe', 'J. de Vries', 'Mevr.\u00a0de Vries', 'DE VRIES'])
      expect(hits('Jan de Vries', text), text).toBe(true);
  });

  it('does not flag other words or short surnames on their own', () => {
    expect(hits('Jan de Vries', 'de Vriesland')).toBe(false);
    expect(hits('Jan de Vries', 'Vries')).toBe(false);
    expect(hits('Anna Bos', 'het Bos')).toBe(false);
    expect(hits('Anna Bos', 'Anna Bos')).toBe(true);
  });

  it('lrt check and the publication gate agree on every form', () => {
    const minutes = (line: string) =>
      `---\norgaan: LRT\ndatum: 2023-03-01\nstatus: concept\naanwezig:\n  - { naam: Jan de Vries, organisatie: DGM, openbaar: false }\n---\n\n## 1. Opening\n\n- ${line}\n`;
    for (const line of ['De heer De Vries (DGM) licht de prognose toe.', 'J. de Vries licht toe.', 'Mevr. de Vries licht toe.']) {
      const r = run([source('minutes/2023-03-01-lrt.md', minutes(line))]);
      expect(r.diagnostics.map((d) => `${d.rule}@${d.line}`), line).toEqual(['name-not-public@11']);
      const names = r.records.flatMap((x) => (x.kind === 'verslag' ? x.nonPublicNames : []));
      expect(findNamesInOutput([{ path: 'x.html', text: `<p>${line.replace('Vries', '<em>Vries</em>')}</p>` }], names)).toHaveLength(1);
    }
  });
});
