import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';
import type { Agreement } from '../../src/schema/register.js';

/** Adversarial pass (2 December 2026): labels written in ways real minutes use that were lost without a message. */
const brief = (a: Agreement) => `${a.kind}/${a.label}/${a.owners.join('+') || '-'}@${a.source.line}: ${a.text}`;
const result = (name: string) => run([repoFile(`test/extract/fixtures/${name}.md`)]);
const rules = (name: string) => result(name).diagnostics.filter((d) => d.rule !== 'id-missing').map((d) => `${d.rule}@${d.line}:${d.column}`);
const blocks = (name: string) => result(name).register.agreements.map(brief);

describe('labels after numbering typed as text', () => {
  it('"3.2", "a)", "(1)", "(b)", "[2]" and "4.1.3." before a label: each a block', () => {
    expect(blocks('label-after-outline-number')).toEqual([
      'afspraak/Afspraak/VNG@10: VNG inventariseert de knelpunten.',
      'afspraak/Afspraak/BZK@11: BZK stuurt een brief.',
      'besluit/Besluit/-@12: De LRT stemt in.',
      'toezegging/Toezegging/JenV@13: SJenV informeert de Kamer.',
      'afspraak/Actiepunt/COA@14: COA levert de cijfers.',
      'afspraak/Afspraak/IPO@15: IPO agendeert het onderwerp.',
    ]);
    expect(rules('label-after-outline-number')).toEqual([]);
  });
});

describe('two labels joined by a slash', () => {
  it('"Besluit/afspraak:" is a block of the first label', () => {
    expect(blocks('label-combined-with-slash')).toEqual([
      'besluit/Besluit/-@10: BZK stuurt een brief.',
      'afspraak/Afspraak/VNG@11: VNG doet een voorstel.',
    ]);
    expect(rules('label-combined-with-slash')).toEqual([]);
  });
});

describe('an owner between label and colon', () => {
  it('"Actiepunt voor BZK:" is an error that says how to write it, not silence; ordinary prose stays prose', () => {
    expect(blocks('label-owner-before-colon')).toEqual([]);
    expect(rules('label-owner-before-colon')).toEqual(['label-colon-missing@10:3', 'label-colon-missing@11:3']);
  });
});

describe('labels after an HTML line break', () => {
  it('"…<br>Afspraak: …" opens a block of its own instead of joining the one before', () => {
    expect(blocks('label-after-html-break')).toEqual([
      'besluit/Besluit/-@10: De LRT stemt in met het plan.',
      'afspraak/Afspraak/BZK@10: BZK stuurt een brief.',
      'toezegging/Toezegging/JenV@10: SJenV informeert de Kamer.',
    ]);
  });
});

describe('a full-width colon', () => {
  it('"Afspraak：" is a label', () => {
    expect(blocks('label-fullwidth-colon')).toEqual(['afspraak/Afspraak/BZK@10: BZK stuurt een brief.']);
  });
});

describe('a label with an owner or number before its colon', () => {
  it('"Afspraak (JenV):" and "Actiepunt 3:" are errors whose message says where the owner goes, not that the colon is missing', () => {
    const r = result('label-owner-in-brackets-or-number');
    expect(rules('label-owner-in-brackets-or-number')).toEqual(['label-colon-missing@10:3', 'label-colon-missing@11:3']);
    expect(r.diagnostics[0]!.message).toContain('zet de eigenaar dan op een regel eronder: "  - eigenaar: JenV"');
    expect(r.diagnostics[0]!.message).toContain('"Afspraak (JenV):"');
  });
});

describe('labels after letters typed as a list inside one paragraph', () => {
  it('"a. Afspraak: …" and "b. Toezegging: …": the "b." is not part of the text before it', () => {
    expect(blocks('label-after-letter-in-paragraph')).toEqual([
      'afspraak/Afspraak/COA@11: COA levert de cijfers vóór 1 mei.',
      'toezegging/Toezegging/JenV@12: SJenV informeert de Kamer voor de zomer.',
    ]);
  });
});
