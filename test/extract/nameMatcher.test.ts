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

  it('finds a name in ICS text whose line fold falls between a backslash and the comma it escapes', () => {
    // Found by the property test: "Stam\\, A." folded after the backslash.
    expect(hits('Anna Stam', 'DESCRIPTION:\u034fS\u0300\u0300tam\\\r\n , A. licht de cijfer\r\n s toe.')).toBe(true);
    expect(hits('Anna Stam', 'DESCRIPTION:Stam\\\r\n\t, A. licht toe')).toBe(true);
    // An escaped newline split by a fold is still a space, not the letter n.
    expect(foldForNames('a\\\r\n nb').text).toBe('a b');
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

describe('every form of a name, after folding', () => {
  const FORMS: [declared: string, text: string][] = [
    ['Anna Bos', 'A. Bos'],
    ['Anna Bos', 'Mevr. Bos'],
    ['Anna Bos', 'Anna BOS'],
    ['Anna Bos', 'Bos, A.'],
    ['Anna Bos', 'Bos, Anna'],
    ['J. van der Berg', 'Berg, J. van der'],
    ['J. van der Berg', 'J. van der Berg'],
    ['J. van der Berg', 'Mevr. drs. J.P. van der Berg'],
    ['Jan Bakker', 'Bakkers notitie'],
    ['Jan Bakker', 'Bakker’s notitie'],
    ['Jan de Vries', 'De Vries’ notitie'],
    ['Jan Brüggemann', 'Bruggemann'],
    ['Jan Bruggemann', 'Brüggemann'],
    ['Pieter Geheimhoudér', 'Geheimhoude\u0301r'],
    ['Pieter Geheimhouder', 'Geheim\u00adhouder'],
    ['Pieter Geheimhouder', 'Geheim&shy;houder'],
    ['Pieter Geheimhouder', 'Geheim&amp;shy;houder'],
    ['Pieter Geheimhouder', 'Geheim**houder**'],
    ['Pieter Geheimhouder', 'Geheim<em>houder</em>'],
    ['Pieter Geheimhouder', 'Pieter\n  Geheimhouder'],
    ['Pieter Geheimhouder', 'Geheimhoud&#x65;r'],
    ['Pieter Geheimhouder', 'Geheimhoud\\u0065r'],
    ['Pieter Geheimhouder', 'Geheimhoud%65r'],
    ['Pieter Geheimhouder', 'ＧＥＨＥＩＭＨＯＵＤＥＲ'],
    ['Karel D’Stillekens', "Karel D'Stillekens"],
    ['Anne-Marie Bos', 'A.-M. Bos'],
    ['Anne-Marie Bos', 'Anne-Ma<wbr>rie Bos'],
  ];
  it.each(FORMS)('%s is found in %j', (declared, text) => {
    expect(hits(declared, `De notitie van ${text} wordt besproken.`)).toBe(true);
  });

  const WORDS: [declared: string, text: string][] = [
    ['Anna Bos', 'het Bos en de bosbouw'],
    ['Anna Bos', 'Bosch'],
    ['Els de Wit', 'de wit geschilderde gevel'],
    ['Els de Wit', 'Wittenburg en Wit-Rusland'],
    ['Jan Stam', 'de stam van de boom'],
    ['Jan Kok', 'de kok kookt'],
    ['Jan Bos', 'Hij is blij. Bos en hei'],
    ['Anna Bos', 'B. Bos'],
  ];
  it.each(WORDS)('%s is not found in %j', (declared, text) => {
    expect(hits(declared, text)).toBe(false);
  });
});
