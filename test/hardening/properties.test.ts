import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { PipelineResult } from '../../src/pipeline.js';
import type { RawSource } from '../../src/read/readSources.js';
import { ROOT, registry, run, source } from '../helpers.js';

/**
 * Property-based hardening: whatever bytes arrive, the pipeline does not throw, every diagnostic
 * points inside its file, and no labelled block disappears without a message. The number of runs
 * keeps the file under half a minute on two cores.
 */

const LABELS = registry().labels.labels.map((l) => l.label);
const PLURALS = new Set(registry().labels.labels.filter((l) => l.enkelvoud).map((l) => l.label.toLowerCase()));
/** Runs per property; LRT_FC_RUNS=5000 hunts longer. */
const runs = (n: number) => ({ numRuns: Number(process.env.LRT_FC_RUNS ?? n) });

/** The text as the pipeline numbers its lines: BOMs dropped, any line end one line. Undecodable bytes count one character each. */
function linesOf(bytes: Uint8Array): string[] {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const text = new TextDecoder(utf16 ?? 'utf-8').decode(bytes);
  return text.replace(/^\ufeff+/, '').replace(/\r\n?/g, '\n').split('\n');
}

/** Never throws; every diagnostic on a real line and column (a column may point just past the last character). */
function checkPipeline(sources: RawSource[]): PipelineResult {
  const r = run(sources);
  for (const d of r.diagnostics) {
    const s = sources.find((x) => x.path === d.file);
    expect(s, `${d.file}: ${d.rule}`).toBeDefined();
    const lines = linesOf(s!.bytes);
    const where = `${d.file}:${d.line}:${d.column} ${d.rule} (${lines.length} lines)`;
    expect(d.line, where).toBeGreaterThanOrEqual(1);
    expect(d.line, where).toBeLessThanOrEqual(lines.length);
    expect(d.column, where).toBeGreaterThanOrEqual(1);
    expect(d.column, where).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
  }
  // Nothing lost inside a registered file, and no file left to an internal error.
  expect(r.diagnostics.filter((d) => d.rule === 'block-lost' || d.rule === 'internal-error')).toEqual([]);
  return r;
}

/** Registered plus reported-missing: what the register accounts for of one file's labelled blocks. */
function accountedFor(r: PipelineResult, file: string): number {
  const registered = r.register.agreements.filter((a) => a.source.file === file).length;
  const missing = r.diagnostics.find((d) => d.file === file && d.rule === 'blocks-not-registered');
  return registered + (missing ? Number(/bevat (\d+)/.exec(missing.message)![1]) : 0);
}

// ---- random documents

const anyText = fc.string({ unit: 'binary', maxLength: 600 });
const anyBytes = fc.uint8Array({ maxLength: 600 });
/** Text built from the characters that mean something in Markdown and YAML, so structure appears by chance. */
const markupText = fc
  .array(fc.constantFrom('---\n', '\n', '- ', '  ', '> ', '#', '*', '_', '[', ']', '(', ')', ':', '"', "'", '!', '&', '|', '`', '<', '>', 'Afspraak: ', 'id: ', 'a', 'é', '\u00a0', '\u200b', '\r', '\t', '\ufeff', '1. ', 'orgaan: LRT\n', 'datum: 2023-03-01\n'), { maxLength: 200 })
  .map((parts) => parts.join(''));

describe('random documents', () => {
  it('arbitrary strings never make the pipeline throw, and diagnostics point inside the file', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkPipeline([source('minutes/random.md', text)]);
      }),
      runs(400),
    );
  });

  it('arbitrary bytes neither', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        checkPipeline([source('minutes/random.md', bytes)]);
      }),
      runs(300),
    );
  });

  it('text made of Markdown and YAML punctuation neither', () => {
    fc.assert(
      fc.property(markupText, (text) => {
        checkPipeline([source('minutes/random.md', text)]);
      }),
      runs(400),
    );
  });

  it('valid front matter over a body of Markdown punctuation neither', () => {
    const head = '---\norgaan: LRT\ndatum: 2023-03-01\nstatus: concept\nvoorzitter: Dhr. Van der Burg (SJenV)\n---\n\n';
    fc.assert(
      fc.property(markupText, (body) => {
        checkPipeline([source('minutes/2023-03-01-lrt.md', head + body)]);
      }),
      runs(400),
    );
  });
});

// ---- structured random minutes

/** A value for a front-matter field: mostly right, sometimes wrong in the ways people get it wrong. */
const yamlValue = (good: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 4, arbitrary: good },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => JSON.stringify(s)) },
    { weight: 1, arbitrary: fc.constantFrom('', '[]', '{}', '12345', 'null', '"2023-02-30"', '2 februari 2023', '- x', '*a', '!!str x', '“concept”', ': :') },
  );

/** One line of agreement text: any letters, emoji and marks, but no line break. */
const blockText = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]/g, ' '));

const attribute = fc.oneof(
  fc.constantFrom('eigenaar: BZK', 'eigenaar: VNG, IPO', 'eigenaar: BZKK', 'termijn: 2023-06-30', 'termijn: eind juni', 'termijn: 2023-02-30', 'termijn: ooit', 'status: loopt', 'status: AFGEROND', 'status: klaar', 'vervolg op: lrt-2023-02-02-2', 'vervolg op: lrt-1999-01-01-1', 'id: lrt-2023-03-01-7', 'id: x'),
  fc.tuple(fc.constantFrom('eigenaar', 'termijn', 'status', 'vervolg op', 'id'), blockText).map(([k, v]) => `${k}: ${v}`),
);

const labelled = fc.record({
  label: fc.constantFrom(...LABELS, ...LABELS.map((l) => l.toUpperCase()), ...LABELS.map((l) => l.toLowerCase())),
  style: fc.constantFrom('- %', '* %', '1. %', '- **%**', '%', '> %'),
  text: blockText,
  attributes: fc.array(attribute, { maxLength: 3 }),
});

/** Plain text between the blocks: never opens with a label, so it adds no block. */
const plain = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .map((s) => `- Notitie ${s.replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]/g, ' ')}`);

const minutes = fc.record({
  orgaan: yamlValue(fc.constantFrom('LRT', 'HLRT', 'PRT Utrecht', 'PRT Friesland')),
  datum: yamlValue(fc.constantFrom('2023-03-01', '2023-06-14', '2024-02-29')),
  status: yamlValue(fc.constantFrom('concept', 'vastgesteld')),
  voorzitter: fc.option(yamlValue(fc.constantFrom('Dhr. Van der Burg (SJenV)', 'Mevr. X (VNG)'))),
  aanwezig: fc.array(yamlValue(fc.constantFrom('"(DGM)"', 'Dhr. De Jonge (MVRO)', '{ naam: A. Ambtenaar, organisatie: DGM, openbaar: false }')), { maxLength: 4 }),
  sections: fc.array(
    fc.record({ title: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]/g, ' ')), blocks: fc.array(fc.oneof(labelled, plain), { maxLength: 6 }) }),
    { maxLength: 4 },
  ),
});

type Minutes = typeof minutes extends fc.Arbitrary<infer T> ? T : never;

/** Renders generated minutes; returns the text and how many labelled blocks it holds. */
function render(m: Minutes): { text: string; blocks: number } {
  const fm = [`orgaan: ${m.orgaan}`, `datum: ${m.datum}`, `status: ${m.status}`];
  if (m.voorzitter !== null) fm.push(`voorzitter: ${m.voorzitter}`);
  fm.push('aanwezig:', ...m.aanwezig.map((a) => `  - ${a}`));
  const body: string[] = [];
  let blocks = 0;
  m.sections.forEach((s, i) => {
    body.push(`## ${i + 1}. Punt ${s.title}`, '');
    for (const b of s.blocks) {
      if (typeof b === 'string') body.push(b, '');
      else {
        blocks++;
        // A bare plural ("Afspraken:") opens a list whose items are the blocks (lostBlocks.test.ts);
        // here every labelled line is one block, so a plural always gets text of its own.
        const text = PLURALS.has(b.label.toLowerCase()) && (b.text.trim() === '' || /:\s*$/.test(b.text)) ? `${b.text} x` : b.text;
        const line = b.style.replace('%', `${b.label}:`) + ` ${text}`;
        const indent = b.style.startsWith('> ') ? '> ' : ' '.repeat(/^(\d+\. |[-*] )/.exec(b.style)?.[0].length ?? 0);
        body.push(line, ...b.attributes.map((a) => `${indent}- ${a}`), '');
      }
    }
  });
  return { text: `---\n${fm.join('\n')}\n---\n\n${body.join('\n')}\n`, blocks };
}

describe('structured random minutes', () => {
  it('never throw, point inside the file, and account for every labelled block: registered or reported missing', () => {
    fc.assert(
      fc.property(minutes, (m) => {
        const { text, blocks } = render(m);
        const r = checkPipeline([source('minutes/gegenereerd.md', text)]);
        expect(accountedFor(r, 'minutes/gegenereerd.md'), text).toBe(blocks);
      }),
      runs(300),
    );
  });
});

// ---- mutations of the real minutes

const REAL = ['minutes', 'agreements'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ path: `${dir}/${f}`, bytes: new Uint8Array(readFileSync(path.join(ROOT, dir, f))) })),
);
const REAL_MINUTES = REAL.filter((r) => r.path.startsWith('minutes/'));

type Mutation = (lines: string[], rnd: (n: number) => number, junk: string) => string[];
const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (l, rnd) => l.filter((_, i) => i !== rnd(l.length)),
  duplicateLine: (l, rnd) => {
    const i = rnd(l.length);
    return [...l.slice(0, i + 1), l[i]!, ...l.slice(i + 1)];
  },
  swapLines: (l, rnd) => {
    const [i, j] = [rnd(l.length), rnd(l.length)];
    const out = [...l];
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  },
  insertChars: (l, rnd, junk) => {
    if (l.length === 0) return [junk];
    const i = rnd(l.length);
    const at = rnd(l[i]!.length + 1);
    return l.map((line, k) => (k === i ? line.slice(0, at) + junk + line.slice(at) : line));
  },
  truncate: (l, rnd) => l.slice(0, rnd(l.length + 1)),
  indentLine: (l, rnd) => l.map((line, k) => (k === rnd(l.length) ? `    ${line}` : line)),
};

const mutation = fc.record({
  // By name, so a failing case prints short.
  file: fc.constantFrom(...REAL_MINUTES.map((f) => f.path)),
  steps: fc.array(fc.record({ kind: fc.constantFrom(...Object.keys(MUTATIONS)), seed: fc.nat(), junk: fc.string({ unit: 'binary', maxLength: 8 }) }), { minLength: 1, maxLength: 5 }),
  flips: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { maxLength: 3 }),
});

describe('random mutations of the real minutes', () => {
  it('deleted, duplicated, swapped and indented lines, inserted characters, truncation and flipped bits never make it throw', () => {
    fc.assert(
      fc.property(mutation, ({ file: name, steps, flips }) => {
        const file = REAL_MINUTES.find((f) => f.path === name)!;
        let lines = new TextDecoder().decode(file.bytes).split('\n');
        for (const s of steps) {
          if (lines.length === 0) lines = [''];
          let seed = s.seed;
          const rnd = (n: number) => (n <= 0 ? 0 : (seed = (seed * 1103515245 + 12345) >>> 0) % n);
          lines = MUTATIONS[s.kind]!(lines, rnd, s.junk);
        }
        const bytes = new TextEncoder().encode(lines.join('\n'));
        for (const f of flips) if (bytes.length) bytes[f.at % bytes.length]! ^= 1 << f.bit;
        // With the other real files (not the long letter, for speed), so links across files are exercised too.
        checkPipeline([...REAL.filter((r) => r.path !== file.path && r.bytes.length < 10_000), { path: file.path, bytes }]);
      }),
      runs(200),
    );
  });
});

// ---- ids stay put

const idScenario = fc
  .record({
    numbers: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 }),
    keep: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    added: fc.array(fc.nat(), { maxLength: 5 }),
  })
  .chain((s) => fc.record({ s: fc.constant(s), order: fc.shuffledSubarray(s.numbers, { minLength: s.numbers.length, maxLength: s.numbers.length }) }));

describe('ids', () => {
  it('of untouched blocks stay the same when other blocks are added, removed or moved; new blocks get fresh numbers', () => {
    const head = '---\norgaan: LRT\ndatum: 2023-05-10\nstatus: concept\nvoorzitter: Dhr. Van der Burg (SJenV)\n---\n\n## 1. Opening\n\n';
    const block = (n: number) => `- Afspraak: VNG levert overzicht ${n} aan.\n  - id: lrt-2023-05-10-${n}\n`;
    fc.assert(
      fc.property(idScenario, ({ s, order }) => {
        const before = run([source('minutes/2023-05-10-lrt.md', head + s.numbers.map(block).join(''))]);
        const kept = order.filter((_, i) => s.keep[i]);
        const parts = kept.map(block);
        s.added.forEach((p, k) => parts.splice(p % (parts.length + 1), 0, `- Afspraak: IPO stuurt nieuw stuk ${k} rond.\n`));
        const after = run([source('minutes/2023-05-10-lrt.md', head + parts.join(''))]);

        const idOf = (r: PipelineResult, text: string) => r.register.agreements.find((a) => a.text === text)?.id;
        for (const n of kept) {
          const text = `VNG levert overzicht ${n} aan.`;
          expect(idOf(after, text)).toBe(idOf(before, text));
          expect(idOf(after, text)).toBe(`lrt-2023-05-10-${n}`);
        }
        const fresh = after.register.agreements.filter((a) => !a.idWritten).map((a) => Number(a.id.split('-').pop()));
        const highest = Math.max(0, ...kept);
        expect(fresh.every((n) => n > highest)).toBe(true);
        expect(new Set(after.register.agreements.map((a) => a.id)).size).toBe(after.register.agreements.length);
      }),
      runs(300),
    );
  });
});
