import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, registry, repoFile, run } from '../helpers.js';
import { findBody } from '../../src/extract/extractMinutes.js';
import { meetingStub, newMinutes, newMinutesPath } from '../../src/publish/newMinutes.js';
import { openListMarkdown } from '../../src/publish/openList.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { findBlocks } from '../../src/extract/findBlocks.js';

/** The shipped minutes without agreements/: the amended minutes of 6 April are proposed as done, not confirmed. */
const minutes = () => readdirSync(path.join(ROOT, 'minutes')).filter((f) => f.endsWith('.md')).sort().map((f) => repoFile(`minutes/${f}`));

describe('proposed follow-ups where the secretariat and the reviewers work', () => {
  it('lrt new writes them beside the carried-over agreement, as a comment that registers nothing', () => {
    const body = findBody('LRT', registry().organen)!;
    const date = '2023-06-14';
    const file = newMinutesPath(body, date);
    const r = run([...minutes(), meetingStub(body, date, file)], date);
    const made = newMinutes({ body, date, records: r.records.filter((x) => x.file !== file), register: r.register });
    const lines = made.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- lrt-2023-04-21-2 '));
    expect(lines.slice(at + 1, at + 3)).toEqual(['  - vervolg op: lrt-2023-04-21-2', '  - status: open']);
    const score = r.register.agreements.find((a) => a.id === 'lrt-2023-04-21-2')!.suggestions[0]!.score.toFixed(2).replace('.', ',');
    expect(lines[at + 3]).toBe(
      `  <!-- Mogelijk afgedaan in minutes/2023-04-25-lrt.md:32 (score ${score}): “Het verslag LRT 21-04-2023 en het aangepaste verslag LRT 06-04-2023 worden vastgesteld.”. Klopt dat, voer dan uit: lrt bevestig lrt-2023-04-21-2 minutes/2023-04-25-lrt.md:32 -->`,
    );
    // Only where there is a proposal: here and at the follow-up meeting (lrt-2023-04-21-1), not at the others.
    expect(made.text.match(/Mogelijk afgedaan in minutes\/2023-04-25-lrt\.md:(\d+)/g)).toEqual(['Mogelijk afgedaan in minutes/2023-04-25-lrt.md:36', 'Mogelijk afgedaan in minutes/2023-04-25-lrt.md:32']);
    const meeting = lines.findIndex((l) => l.startsWith('- lrt-2023-04-21-1 '));
    expect(lines[meeting + 3]).toContain('lrt bevestig lrt-2023-04-21-1 minutes/2023-04-25-lrt.md:36');
    const found = findBlocks(parseSource(file, made.text).tree, made.text, registry().labels);
    expect(found.blocks).toEqual([]);
    expect(found.notes.find((n) => n.ref === 'lrt-2023-04-21-2')!.text).not.toContain('Mogelijk afgedaan');
    // Run again with the new file in place: the comment is no passage and proposes nothing itself.
    const again = run([...minutes(), { path: file, bytes: new TextEncoder().encode(made.text) }], date);
    expect(again.diagnostics.filter((d) => d.file === file && d.severity !== 'info')).toEqual([]);
  });

  it('lrt open says "mogelijk afgedaan in …" on the reviewers\' list', () => {
    const r = run(minutes(), '2023-06-14');
    const md = openListMarkdown(r.register, registry().organisaties);
    const row = md.split('\n').find((l) => l.startsWith('| lrt-2023-04-21-2 '))!;
    expect(row).toContain('Verslag wordt aangepast op genoemde punten. — _mogelijk afgedaan in minutes/2023-04-25-lrt.md:32_');
    expect(md.split('\n').filter((l) => l.includes('mogelijk afgedaan')).map((l) => l.split(' |')[0])).toEqual(['| lrt-2023-04-21-1', '| lrt-2023-04-21-2']);
  });
});
