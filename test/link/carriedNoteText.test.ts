import { describe, expect, it } from 'vitest';
import { carriedNoteText } from '../../src/link/carriedNoteText.js';

const agreement = { id: 'lrt-2023-02-02-1', text: 'JenV stuurt (na overleg) de brief:  uiterlijk vrijdag.' };
const carried = 'lrt-2023-02-02-1 (afspraak LRT 2 februari 2023; eigenaar JenV; termijn 10 februari 2023 “vrijdag”, over de termijn): JenV stuurt (na overleg) de brief: uiterlijk vrijdag.';

describe('carriedNoteText', () => {
  it('keeps only what was added after the carried agreement text', () => {
    expect(carriedNoteText(`${carried} De brief is verstuurd.`, agreement)).toBe('De brief is verstuurd.');
  });
  it('gives nothing for a note left as lrt new wrote it', () => {
    expect(carriedNoteText(carried, agreement)).toBe('');
  });
  it('keeps the whole note when the carried part was edited, or when it is not a carried note', () => {
    const edited = carried.replace('de brief', 'het bericht');
    expect(carriedNoteText(`${edited} Verstuurd.`, agreement)).toBe(`${edited} Verstuurd.`);
    expect(carriedNoteText('De brief is verstuurd.', agreement)).toBe('De brief is verstuurd.');
    expect(carriedNoteText(`lrt-2023-02-02-9 (afspraak): ${agreement.text} Verstuurd.`, agreement)).toBe(`lrt-2023-02-02-9 (afspraak): ${agreement.text} Verstuurd.`);
  });
});
