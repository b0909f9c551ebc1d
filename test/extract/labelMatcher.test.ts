import { describe, expect, it } from 'vitest';
import { registry } from '../helpers.js';
import { labelMatcher, cleanText } from '../../src/extract/labelMatcher.js';
import { findLabelSites } from '../../src/extract/findLabelSites.js';
import type { Labels } from '../../src/schema/registry.js';

/** Labels of a project of its own: the matcher knows only what data/labels.yaml says. */
function withLabel(extra: { label: string; soort: 'afspraak' | 'besluit' | 'toezegging' }): Labels {
  const labels = registry().labels;
  return { ...labels, labels: [...labels.labels, extra] };
}

describe('one label matcher, built from data/labels.yaml', () => {
  it('the line scan and extraction read the same labels: a label added to the data is found by both', () => {
    const labels = withLabel({ label: 'Werkafspraak', soort: 'afspraak' });
    const text = '## 1. Opening\n\n- Werkafspraak: VNG en BZK stemmen de planning af.\n';
    expect(findLabelSites(text, labels).map((s) => s.label)).toEqual(['Werkafspraak']);
    expect(labelMatcher(labels).atStart(cleanText('Werkafspraak: VNG en BZK stemmen de planning af.').folded)?.label).toBe('Werkafspraak');
    // Without it in the data, neither reads it.
    expect(findLabelSites(text, registry().labels)).toEqual([]);
    expect(labelMatcher(registry().labels).atStart(cleanText('Werkafspraak: VNG.').folded)).toBeNull();
  });

  it('on Markdown source, emphasis between label and colon still counts; in a parsed text it is already gone', () => {
    const labels = registry().labels;
    const source = labelMatcher(labels, { markdownSource: true });
    expect(source.hits('**Afspraak**: VNG levert de cijfers.').map((h) => h.label)).toEqual(['Afspraak']);
    expect(source.hits('Dat is besproken. _Besluit_: het plan wordt aangenomen.').map((h) => h.label)).toEqual(['Besluit']);
    // The parsed text of the same paragraph has no asterisks: the plain matcher reads it there.
    expect(labelMatcher(labels).hits('Afspraak: VNG levert de cijfers.').map((h) => h.label)).toEqual(['Afspraak']);
    // …and does not take asterisks for part of the label: those belong to the source.
    expect(labelMatcher(labels).hits('**Afspraak**: VNG levert de cijfers.')).toEqual([]);
  });

  it('after a sentence only with a capital, in the scan as in extraction', () => {
    const text = '- Dat is besproken. besluit: geen label. Besluit: wel een label.\n';
    expect(findLabelSites(text, registry().labels).map((s) => `${s.label}@${s.at.column}`)).toEqual([`Besluit@${text.indexOf('Besluit') + 1}`]);
  });
});
