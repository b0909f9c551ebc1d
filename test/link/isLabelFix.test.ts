import { describe, expect, it } from 'vitest';
import { isLabelFix } from '../../src/link/isLabelFix.js';
import { findAdoptedEdit } from '../../src/link/findAdoptedEdit.js';
import { registry } from '../helpers.js';

/** label-misspelled asks to correct the label, also in adopted minutes: that one edit is allowed. */
describe('correcting a misspelled label in adopted minutes', () => {
  const labels = registry().labels;
  const fix = (a: string, b: string) => isLabelFix(a, b, labels);

  it('is only the label: "Afpsraak:" → "Afspraak:", "**Besluiot:**" → "**Besluit:**"', () => {
    expect(fix('- Afpsraak: BZK deelt de gegevens.', '- Afspraak: BZK deelt de gegevens.')).toBe(true);
    expect(fix('- **Besluiot:** De LRT stemt in.', '- **Besluit:** De LRT stemt in.')).toBe(true);
    expect(fix('- Besloten: De LRT stemt in.', '- Besluit: De LRT stemt in.')).toBe(true);
  });

  it('is not a change of text, nor a label put before an ordinary word', () => {
    expect(fix('- Afpsraak: BZK deelt de gegevens.', '- Afspraak: VNG deelt de gegevens.')).toBe(false);
    expect(fix('- Motie: de Kamer vraagt X.', '- Actie: de Kamer vraagt X.')).toBe(false);
    expect(fix('- Afpsraak: BZK deelt de gegevens.', '- Afpsraak: BZK deelt de gegevens!')).toBe(false);
  });

  it('findAdoptedEdit lets the fix through and still finds any other change', () => {
    const base = '---\nstatus: vastgesteld\n---\n\n- Afpsraak: BZK deelt de gegevens.\n- Besluit: De LRT stemt in.\n';
    expect(findAdoptedEdit(base, base.replace('Afpsraak', 'Afspraak'), true, fix)).toBeNull();
    expect(findAdoptedEdit(base, base.replace('Afpsraak', 'Afspraak'), true)).toEqual({ line: 5, change: 'gewijzigd' });
    expect(findAdoptedEdit(base, base.replace('Afpsraak', 'Afspraak').replace('stemt in', 'stemt niet in'), true, fix)).toEqual({ line: 6, change: 'gewijzigd' });
  });
});
