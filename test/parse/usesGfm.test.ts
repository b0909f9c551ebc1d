import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { usesGfm } from '../../src/parse/usesGfm.js';
import { findParseHazard } from '../../src/parse/findParseHazard.js';
import { generateMinutes } from '../bench/generateMinutes.js';
import { ROOT } from '../helpers.js';

const withGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const same = (text: string) => expect(plain.parse(text)).toEqual(withGfm.parse(text));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('usesGfm', () => {
  it('finds every GFM construct that changes the tree', () => {
    const examples = [
      '| a | b |\n| - | - |\n| 1 | 2 |\n',
      'Dit is ~~geschrapt~~.\n',
      'Zie noot[^1].\n\n[^1]: De noot.\n',
      '- [ ] nog doen\n- [x] gedaan\n',
      'Zie www.rijksoverheid.nl voor meer.\n',
      'Zie https://www.rijksoverheid.nl/ voor meer.\n',
      'Mail naar secretariaat@example.nl.\n',
      'Zie HTTP://EXAMPLE.NL en WWW.EXAMPLE.NL.\n',
      // A table of one column needs no pipe when its delimiter row has a colon.
      'a---\n:-\n',
      'Kop\n -: \n',
      // Autolink literals are found after escapes and character references are resolved.
      'Zie www\\.example.nl.\n',
      'Mail secretariaat&#64;example.nl.\n',
    ];
    for (const text of examples) {
      // Each example really is GFM: the two parsers disagree on it, so the trigger is needed.
      expect(plain.parse(text), text).not.toEqual(withGfm.parse(text));
      expect(usesGfm(text), text).toBe(true);
    }
  });

  it('gives the same tree without GFM for every Markdown file of the project that has none', () => {
    const files = [...markdownFiles(path.join(ROOT, 'minutes')), ...markdownFiles(path.join(ROOT, 'agreements')), ...markdownFiles(path.join(ROOT, 'test', 'fixtures')), ...markdownFiles(path.join(ROOT, 'docs'))];
    let checked = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // Files parseSource refuses before parsing (nesting that overflows the stack) are not parsed at all.
      if (usesGfm(text) || findParseHazard(text)) continue;
      same(text);
      checked++;
    }
    // Most real files have no GFM at all: the fast path is the common one.
    expect(checked).toBeGreaterThan(files.length / 2);
  });

  it('gives the same tree without GFM for generated minutes', () => {
    const files = generateMinutes(40, 7);
    const plainOnes = files.filter((f) => !usesGfm(f.text));
    expect(plainOnes.length).toBeGreaterThan(files.length / 2);
    for (const f of plainOnes) same(f.text);
  });

  it('gives the same tree without GFM for any text it calls plain (property)', () => {
    // Markdown's punctuation, and the letters that start autolink literals, in every order.
    const piece = fc.constantFrom(
      ...'abhptwxX0123456789 \t\n\n\n-*_+=#>`<>&\\!()[]:.,;\'"^/'.split(''),
      '- ', '1. ', '## ', '> ', '```\n', '    ', '**', '[a](b)', '![a](b)', '<b>', '---\n', 'www', 'http', '[ x]', 'e.nl',
      ':-', '-:', '\\', '\\.', '&#64;', '&amp;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(!usesGfm(text));
        same(text);
      }),
      { numRuns: 1500 },
    );
  });
});
