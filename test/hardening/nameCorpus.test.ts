import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lrt, registry, repoFile, ROOT, run, scratchWith, shippedGlossary } from '../helpers.js';
import { buildSite, SiteBuildError } from '../../src/cli/buildSite.js';
import { RULES, type RuleId } from '../../src/diagnostics/messages.js';
import { NAME_CASES, NAME_DIR, NAME_PARTNERS } from './nameCases.js';

/**
 * Each case of the names corpus (nameCases.ts), three ways:
 * (a) `lrt check` reports it at file:line:column, and `lrt build` refuses (exit 1, nothing written);
 * (c) check and gate agree: the site built from the case while ignoring the check (buildSite
 *     directly) passes the publication gate exactly when the check reports no non-public name;
 *     and `lrt check` exits 0 exactly when `lrt build` does;
 * (d) the negative cases stay green in both.
 */
const fileOf = (name: string) => `${NAME_DIR}/${name}.md`;
const filesFor = (name: string) => [name, ...(NAME_PARTNERS[name] ? [NAME_PARTNERS[name]] : [])].map(fileOf);
const brief = (name: string) =>
  run(filesFor(name).map(repoFile))
    .diagnostics.filter((d) => d.file === fileOf(name))
    .map((d) => `${d.rule}@${d.line}:${d.column}`);
const isError = (d: string) => RULES[d.split('@')[0] as RuleId].severity === 'error';
/** Where a case goes in a project: status updates in agreements/, minutes in minutes/. */
const projectPath = (file: string) => (readFileSync(path.join(ROOT, file), 'utf8').includes('\nafspraak:') ? 'agreements/' : 'minutes/') + path.basename(file);

describe('the names corpus', () => {
  it('has one table row per file and one file per row', () => {
    const files = readdirSync(path.join(ROOT, NAME_DIR)).map((f) => f.replace(/\.md$/, ''));
    expect(files.sort()).toEqual(NAME_CASES.map((c) => c[0]).sort());
  });

  describe.each(NAME_CASES)('%s (%s)', (name, _what, registered, expected) => {
    it(`gives ${expected.length ? expected.join(', ') : 'no diagnostics'} and registers ${registered}`, () => {
      expect(brief(name)).toEqual(expected);
      const r = run(filesFor(name).map(repoFile));
      expect(r.register.agreements.filter((a) => a.source.file === fileOf(name))).toHaveLength(registered);
      // Build logs and messages may be public: a message quotes a declared name, never one it found.
      for (const d of r.diagnostics.filter((x) => x.rule === 'name-civil-servant')) expect(d.message).not.toMatch(/Bakker|Jansen|Smit/);
    });

    it('`lrt check` reports it at file:line:column; `lrt build` refuses exactly when check does', async () => {
      const files = filesFor(name);
      const checked = await lrt(['check', ...files]);
      const red = files.flatMap((f) => NAME_CASES.find((c) => fileOf(c[0]) === f)![3]).some(isError);
      expect(checked.code).toBe(red ? 1 : 0);
      for (const e of expected) expect(checked.out).toContain(`${fileOf(name)}:${e.split('@')[1]}  `);

      const dir = scratchWith(Object.fromEntries(files.map((f) => [projectPath(f), readFileSync(path.join(ROOT, f), 'utf8')])), 'lrt-names-');
      const built = await lrt(['build', '--as-of', '2024-12-01', '-o', '_site'], dir);
      expect(built.code, built.err).toBe(checked.code);
      expect(existsSync(path.join(dir, '_site'))).toBe(!red);
    });
  });
});

describe('check and gate agree on every case of the corpus', () => {
  it('the publication gate refuses the site of a case exactly when `lrt check` reports a non-public name in it', async () => {
    const glossaryEntries = await shippedGlossary();
    const verdicts: string[] = [];
    for (const [name, , , expected] of NAME_CASES) {
      const result = run(filesFor(name).map(repoFile), '2024-12-01');
      const cwd = mkdtempSync(path.join(tmpdir(), 'lrt-gate-'));
      // The gate on its own: the build command would stop at the check's errors before it.
      const gate = await buildSite({ cwd, outDir: '_site', result, registry: registry(), glossaryEntries, asOf: '2024-12-01' }).then(
        () => 'passes',
        (e: unknown) => {
          if (e instanceof SiteBuildError && /niet-openbare naam/.test(e.message)) return 'refuses';
          throw e;
        },
      );
      const check = expected.some((d) => d.startsWith('name-not-public@')) ? 'reports' : 'green';
      verdicts.push(`${name}: check ${check}, gate ${gate}`);
    }
    // check green <=> gate passes, for every case.
    expect(verdicts.filter((v) => /check green, gate refuses|check reports, gate passes/.test(v))).toEqual([]);
    expect(verdicts.filter((v) => v.endsWith('gate refuses')).length).toBe(NAME_CASES.filter((c) => c[3].some((d) => d.startsWith('name-not-public@'))).length);
  });
});
