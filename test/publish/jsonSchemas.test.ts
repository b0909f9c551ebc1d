import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { jsonSchemas } from '../../src/publish/jsonSchemas.js';
import { fillGuide } from '../../src/publish/fieldTables.js';

describe('generated documentation stays in step with the zod schemas', () => {
  it('docs/schema/*.json are what the schemas generate (run "lrt schema" after changing them)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(path.join(ROOT, 'docs/schema', name), 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('the register schema names the fields the register promises', () => {
    const s = jsonSchemas()['register.schema.json'] as { properties: Record<string, { items?: { properties: Record<string, unknown> } }> };
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['generated', 'asOf', 'meetings', 'agreements']));
    expect(Object.keys(s.properties.agreements!.items!.properties)).toEqual(
      expect.arrayContaining(['id', 'kind', 'meeting', 'agendaItem', 'text', 'owners', 'ownersInferred', 'deadline', 'status', 'overdue', 'followUps', 'source']),
    );
    // Issue 13: proposed follow-ups, a decision's lifecycle, a closure proposal.
    const agreement = s.properties.agreements!.items!.properties as Record<string, { items?: { properties: Record<string, unknown>; required?: string[] } }>;
    expect(Object.keys(agreement)).toEqual(expect.arrayContaining(['suggestions', 'supersededBy', 'withdrawnBy', 'supersedes', 'withdraws', 'closureProposal']));
    expect(Object.keys(agreement.suggestions!.items!.properties)).toEqual(['source', 'text', 'score']);
  });

  it("the guide's field tables are what the schemas generate", () => {
    const guide = readFileSync(path.join(ROOT, 'docs/handleiding-secretariaat.md'), 'utf8');
    expect(fillGuide(guide)).toBe(guide);
    expect(guide).toContain('| `vastgesteld_in` | nee |');
  });
});
