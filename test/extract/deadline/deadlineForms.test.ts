import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../../helpers.js';

/** Adversarial pass (2 December 2026): deadlines as Dutch planning writes them that were left without a date. */
const deadlines = (name: string) =>
  run([repoFile(`test/extract/deadline/fixtures/${name}.md`)]).register.agreements.map((a) => `${a.source.line}: ${a.deadline.date} "${a.deadline.text}"`);

describe('week numbers', () => {
  it('"in week 12", "uiterlijk wk. 15", "vóór week 2 van 2025": the Friday of that ISO week; a bare "week 12" in a sentence is no deadline', () => {
    expect(deadlines('deadline-week-number')).toEqual([
      '10: 2024-03-22 "in week 12"',
      '11: 2024-04-12 "uiterlijk wk. 15"',
      '12: 2025-01-10 "vóór week 2 van 2025"',
      '13: 2027-01-01 "in week 53 van 2026"',
      '14: null "null"',
    ]);
  });
});

describe('Dutch month abbreviations', () => {
  it('"1 febr. 2025", "eind mrt", "medio sept.", "begin okt 2025"; "voor Jan" is a person, "decentrale" a word', () => {
    expect(deadlines('deadline-month-abbreviation')).toEqual([
      '10: 2025-02-01 "vóór 1 febr. 2025"',
      '11: 2024-03-31 "eind mrt."',
      '12: 2024-09-15 "medio sept."',
      '13: 2025-10-07 "begin okt 2025"',
      '14: null "null"',
      '15: null "null"',
    ]);
  });
});
