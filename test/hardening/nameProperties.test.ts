import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run, source } from '../helpers.js';
import { findNamesInOutput } from '../../src/publish/site/findNamesInOutput.js';
import { escapeHtml } from '../../src/publish/site/escapeHtml.js';
import { nameMatcher } from '../../src/extract/nameMatcher.js';
import { foldForNames } from '../../src/extract/foldForNames.js';

/**
 * Property: a non-public name, written in any of the forms that identify its person and then
 * disguised with random invisible characters, case changes and diacritic changes, never gets
 * past `lrt check` (findNameLeaks, through the pipeline, at its line) nor past the publication
 * gate (findNamesInOutput) in any output encoding: HTML, JSON with \u escapes, ICS, CSV.
 * And the other way round: ordinary Dutch text around a short surname does not trip either.
 */
const runs = (n: number) => ({ numRuns: Number(process.env.LRT_FC_RUNS ?? n) });

const GIVEN = ['Anna', 'Pieter', 'Jan', 'Els', 'Karel', 'Anne-Marie', 'Özlem', 'Joël'];
const PARTICLES = ['', 'de', 'van', 'van der', 'ter', "van 't"];
const SURNAMES = ['Bos', 'Wit', 'Stam', 'Kok', 'Geheimhouder', 'Verborgenhuys', 'Bakker', 'Brüggemann', 'Ambtenaar', 'Dijkstra', 'Öztürk', 'Jansen'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u034f', '&shy;', '&#8203;'];
const ACCENTED: Record<string, string[]> = {
  a: ['á', 'à', 'ä', 'â', 'å'], e: ['é', 'è', 'ë', 'ê'], i: ['í', 'ï', 'î'], o: ['ó', 'ö', 'ô', 'ø'], u: ['ú', 'ü', 'û'], c: ['ç'], n: ['ñ'], s: ['š'], z: ['ž'], y: ['ÿ'],
};

const person = fc.record({
  given: fc.constantFrom(...GIVEN),
  particles: fc.constantFrom(...PARTICLES),
  surname: fc.constantFrom(...SURNAMES),
  form: fc.constantFrom('full', 'initial', 'title', 'list', 'possessive'),
});

function written(p: { given: string; particles: string; surname: string; form: string }): string {
  const sur = [p.particles, p.surname].filter(Boolean).join(' ');
  const initials = p.given.split('-').map((g) => `${g[0]}.`).join('-');
  if (p.form === 'full') return `${p.given} ${sur}`;
  if (p.form === 'initial') return `${initials} ${sur}`;
  if (p.form === 'title') return `Mevr. ${sur}`;
  if (p.form === 'list') return `${p.surname}, ${initials}${p.particles ? ` ${p.particles}` : ''}`;
  return `${p.given} ${sur}s`;
}

/** One disguise at a position (taken modulo the length): an invisible character, a case flip, or a diacritic added, removed or decomposed. */
const disguise = fc.record({ at: fc.nat(), kind: fc.constantFrom('invisible', 'case', 'accent', 'plain', 'combining', 'nfd'), pick: fc.nat() });

function apply(text: string, ops: { at: number; kind: string; pick: number }[]): string {
  let s = text;
  for (const op of ops) {
    const chars = [...s];
    const i = op.at % chars.length;
    const c = chars[i]!;
    // A placeholder, replaced at the end, so a later disguise cannot land inside "&shy;".
    if (op.kind === 'invisible') chars.splice(i, 0, String.fromCharCode(0xe000 + (op.pick % INVISIBLE.length)));
    // Letters only: upper-casing a combining mark can make a visible letter (U+0345 → Ι).
    else if (op.kind === 'case' && /\p{L}/u.test(c)) chars[i] = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    else if (op.kind === 'accent') {
      const options = ACCENTED[c.toLowerCase()];
      if (options) chars[i] = options[op.pick % options.length]!;
    } else if (op.kind === 'plain') chars[i] = c.normalize('NFD').replace(/\p{M}/gu, '');
    else if (op.kind === 'combining' && /\p{L}/u.test(c)) chars[i] = c + String.fromCharCode(0x300 + (op.pick % 0x70));
    else if (op.kind === 'nfd') chars.splice(0, chars.length, ...s.normalize('NFD'));
    s = chars.join('');
  }
  return s.replace(/[\ue000-\ue0ff]/g, (c) => INVISIBLE[c.charCodeAt(0) - 0xe000]!);
}

const minutes = (declared: string, line: string) =>
  [
    '---', 'orgaan: LRT', 'datum: 2024-06-04', 'status: vastgesteld', 'voorzitter: Dhr. Van der Burg (SJenV)', 'aanwezig:',
    `  - { naam: "${declared}", organisatie: DGM, openbaar: false }`, 'agenda:', '  - 1. Opening en mededelingen', '---', '',
    '## 1. Opening en mededelingen', '', `- Afspraak: ${line}`, '  - id: lrt-2024-06-04-1', '  - eigenaar: BZK', '',
  ].join('\n');

/** The output encodings the gate reads. */
function outputs(line: string): { path: string; text: string }[] {
  const ascii = JSON.stringify({ tekst: line }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const ics = `DESCRIPTION:${line.replace(/[,;\\]/g, (c) => `\\${c}`)}`.replace(/(.{20})/gu, '$1\r\n ');
  return [
    { path: 'a.html', text: `<p>${escapeHtml(line)}</p>` },
    { path: 'a.json', text: JSON.stringify({ tekst: line }) },
    { path: 'b.json', text: ascii },
    { path: 'a.ics', text: ics },
    { path: 'a.csv', text: `"${line.replace(/"/g, '""')}";BZK` },
  ];
}

describe('a disguised non-public name', () => {
  it('never passes `lrt check` nor the publication gate', () => {
    let tried = 0;
    fc.assert(
      fc.property(person, fc.array(disguise, { minLength: 1, maxLength: 6 }), (p, ops) => {
        tried++;
        const declared = [p.given, p.particles, p.surname].filter(Boolean).join(' ');
        const line = `${apply(written(p), ops)} licht de cijfers toe.`;
        const r = run([source('minutes/2024-06-04-lrt.md', minutes(declared, line))]);
        const leaks = r.diagnostics.filter((d) => d.rule === 'name-not-public');
        // At its line, at the name (past any invisible characters written before it).
        expect(leaks.map((d) => d.line), line).toEqual([14]);
        expect(leaks[0]!.column).toBeGreaterThanOrEqual(13);
        expect(leaks[0]!.column).toBeLessThanOrEqual(13 + line.length - ' licht de cijfers toe.'.length);
        const names = r.records.flatMap((x) => (x.kind === 'verslag' ? x.nonPublicNames : []));
        // The outputs carry the text as the register read it (character references decoded).
        const text = r.register.agreements[0]!.text;
        for (const out of outputs(text)) expect(findNamesInOutput([out], names), `${out.path}: ${JSON.stringify(out.text)}`).toHaveLength(1);
      }),
      runs(400),
    );
    expect(tried).toBeGreaterThanOrEqual(Math.min(400, Number(process.env.LRT_FC_RUNS ?? 400)));
  });
});

describe('ordinary words around short surnames', () => {
  const WORDS = ['het', 'bos', 'de', 'wit', 'stam', 'kok', 'van', 'ter', 'bosbouw', 'witte', 'gevel', 'stamboom', 'is', 'en', 'een', 'BOS', 'Wit', 'Stam', 'Kok', 'naar', 'kokkin', 'Bosch', 'Wittenburg', ',', '.'];
  it('are not a name: a short surname alone, with its particle or inside a word, trips neither check nor gate', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), fc.constantFrom('Anna Bos', 'Els de Wit', 'Jan Stam', 'Karel Kok'), (words, declared) => {
        const text = words.join(' ');
        expect(nameMatcher(declared).find(foldForNames(text)), text).toEqual([]);
      }),
      runs(400),
    );
  });
});
