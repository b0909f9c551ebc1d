import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { repoFile, run } from '../helpers.js';
import { RULES } from '../../src/diagnostics/messages.js';

/** One fixture per rule: test/fixtures/rules/<rule-id>.md, and where the rule must fire. */
const EXPECTED: Record<string, { line: number; column?: number; also?: string[] }> = {
  'frontmatter-missing': { line: 1, also: ['blocks-not-registered'] },
  'frontmatter-unclosed': { line: 1, also: ['blocks-not-registered'] },
  'yaml-syntax': { line: 5, column: 13 },
  'yaml-duplicate-key': { line: 4 },
  'yaml-alias': { line: 6 },
  'field-required': { line: 2 },
  'field-unknown': { line: 5, column: 1 },
  'field-type': { line: 5, column: 11 },
  'field-value': { line: 4, column: 9 },
  'date-format': { line: 3, column: 8 },
  'date-invalid': { line: 3, column: 8 },
  'body-unknown': { line: 2, column: 9 },
  'owner-unknown': { line: 16, column: 5 },
  'owner-person-unknown': { line: 16, column: 5 },
  'block-empty': { line: 15, column: 1 },
  'attribute-duplicate': { line: 18, column: 5 },
  'status-invalid': { line: 17, column: 5 },
  'deadline-unreadable': { line: 17, column: 5 },
  'deadline-before-meeting': { line: 17, column: 5 },
  'id-missing': { line: 15, column: 1 },
  'id-format': { line: 16, column: 5, also: ['id-missing'] },
  'id-duplicate': { line: 17, column: 1 },
  'followup-unknown': { line: 17, column: 5 },
  'agenda-heading-missing': { line: 8, column: 5 },
  'agenda-heading-extra': { line: 17, column: 1 },
  'attendee-org-unknown': { line: 7, column: 5 },
  'name-not-public': { line: 17, column: 3 },
  'owner-none': { line: 11, column: 1 },
  'meeting-unknown': { line: 5, column: 17 },
  'file-empty': { line: 1 },
  'file-not-utf8': { line: 9, column: 64, also: ['blocks-not-registered'] },
  'file-binary': { line: 2, column: 12 }, // the first NUL byte
  'attribute-colon-missing': { line: 14, column: 5 },
};

describe('one fixture per rule', () => {
  const files = readdirSync(new URL('../fixtures/rules/', import.meta.url)).filter((f) => f.endsWith('.md'));

  it('has a fixture for every expected rule and no stray fixture', () => {
    expect(files.map((f) => f.replace(/\.md$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [rule, want] of Object.entries(EXPECTED)) {
    it(`${rule} fires at line ${want.line}`, () => {
      const file = `test/fixtures/rules/${rule}.md`;
      const { diagnostics } = run([repoFile(file)]);
      const hit = diagnostics.find((d) => d.rule === rule);
      expect(hit, JSON.stringify(diagnostics, null, 1)).toBeDefined();
      expect(hit!.file).toBe(file);
      expect(hit!.line).toBe(want.line);
      if (want.column) expect(hit!.column).toBe(want.column);
      expect(hit!.severity).toBe(RULES[rule as keyof typeof RULES].severity);
      // Only the rule under test (and what it necessarily brings along) fires.
      expect(new Set(diagnostics.map((d) => d.rule))).toEqual(new Set([rule, ...(want.also ?? [])]));
    });
  }
});
