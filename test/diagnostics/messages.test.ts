import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { RULES, ruleMessage, type RuleId } from '../../src/diagnostics/messages.js';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';
import { fillGuide } from '../../src/publish/fieldTables.js';
import { ruleTemplate } from '../../src/publish/ruleList.js';

describe('the catalogue', () => {
  it("types each rule's parameters: a missing, misspelt or mistyped parameter does not compile", () => {
    // These lines are checked by `npm run typecheck` (tsconfig includes test/): each @ts-expect-error
    // fails the typecheck when the call below it compiles.
    // @ts-expect-error the parameter "key" is missing
    const missing = () => diagnostic('field-type', 'x.md', undefined, { expected: 'tekst', got: 'een getal' });
    // @ts-expect-error "waarde" is no parameter of owner-unknown (it reads "value")
    const misspelt = () => diagnostic('owner-unknown', 'x.md', undefined, { waarde: 'VNGG' });
    // @ts-expect-error blocks-not-registered counts with a number
    const mistyped = () => diagnostic('blocks-not-registered', 'x.md', undefined, { count: 'twee' });
    // @ts-expect-error owner-unknown cannot go without its value
    const none = () => diagnostic('owner-unknown', 'x.md', undefined);
    // @ts-expect-error no such rule
    const unknown = () => ruleMessage('owner-unkown', { value: 'VNGG' });
    expect([missing, misspelt, mistyped, none, unknown].every((f) => typeof f === 'function')).toBe(true);
    // Correct calls compile and read their parameters; a rule without parameters takes none.
    expect(diagnostic('owner-unknown', 'x.md', { line: 3, column: 5 }, { value: 'VNGG', suggestion: 'VNG' }).message).toContain('Bedoelt u "VNG"?');
    expect(diagnostic('file-empty', 'x.md', undefined).message).toContain('Het bestand is leeg');
    expect(diagnostic('blocks-not-registered', 'x.md', undefined, { count: 1 }).message).toContain('1 gelabeld blok');
  });

  it('gives every rule a severity and a Dutch text that uses each parameter it reads', () => {
    for (const id of Object.keys(RULES) as RuleId[]) {
      expect(['error', 'warning', 'info'], id).toContain(RULES[id].severity);
      const text = ruleTemplate(id);
      expect(text.length, id).toBeGreaterThan(10);
      expect(text, id).not.toMatch(/undefined|\[object /);
    }
  });

  it('keeps the import notes apart from the checks: no import note reuses a rule id of lrt check', () => {
    const ids = Object.keys(RULES);
    const notes = ids.filter((id) => id.startsWith('import-') && id !== 'import-proposal');
    expect(notes.length).toBeGreaterThanOrEqual(25);
    // The four keys the importer used to share with lrt check, now each with an id of its own.
    for (const shared of ['body-unknown', 'attendee-org-unknown', 'owner-unknown', 'deadline-unreadable']) {
      expect(ids).toContain(shared);
      expect(ids).toContain(`import-${shared}`);
      expect(ruleTemplate(`import-${shared}` as RuleId)).not.toBe(ruleTemplate(shared as RuleId));
    }
  });
  it('holds what the commands say when they are done: no Dutch sentence is printed from src/cli/ as loose text', () => {
    const dir = path.join(ROOT, 'src/cli');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const loose = files.flatMap((f) =>
      [...readFileSync(path.join(dir, f), 'utf8').matchAll(/io\.(?:err|out)\(\s*[`'"]\p{L}/gu)].map((m) => `${f}: ${m[0]}`),
    );
    expect(loose).toEqual([]);
    expect(ruleMessage('done-ids', { count: 1 })).toBe('1 kenmerk geschreven.');
    expect(ruleMessage('done-check', { files: 2, errors: 0, warnings: 1, infos: 0 })).toBe('2 bestanden gecontroleerd: 0 fouten, 1 waarschuwing.');
  });
});

describe("the guide's list of messages", () => {
  const guide = readFileSync(path.join(ROOT, 'docs/handleiding-secretariaat.md'), 'utf8');
  const list = guide.slice(guide.indexOf('<!-- meldingen:begin -->'), guide.indexOf('<!-- meldingen:end -->'));

  it('is what the catalogue generates (run "lrt schema" after changing a message)', () => {
    expect(list).not.toBe('');
    expect(fillGuide(guide)).toBe(guide);
  });

  it('lists every rule once, with its kind in Dutch and its text', () => {
    for (const id of Object.keys(RULES)) expect(list.split(`| \`${id}\` |`).length - 1, id).toBe(1);
    expect(list).toContain('| `owner-unknown` | fout | Onbekende eigenaar "‹value›". Bedoelt u "‹suggestion›"?');
    expect(list).toContain('| `id-missing` | waarschuwing |');
    expect(list).toContain('| `followup-suggested` | ter informatie |');
  });

  it('names only rules that exist, wherever the guide names a rule in a table', () => {
    const named = [...guide.matchAll(/^\| `([a-z][a-z0-9-]+)`/gm)].map((m) => m[1]!);
    const fields = new Set([...guide.matchAll(/<!-- velden-[\s\S]*?<!-- velden-[a-z]+:end -->/g)].flatMap((m) => [...m[0].matchAll(/^\| `([^`]+)`/gm)].map((x) => x[1]!)));
    const attributes = guide.slice(guide.indexOf('## Extra regels onder een blok'), guide.indexOf('## Wat het programma zelf invult'));
    for (const id of named) if (!fields.has(id) && !attributes.includes(`| \`${id}\``)) expect(Object.keys(RULES), id).toContain(id);
  });
});
