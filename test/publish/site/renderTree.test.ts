import { describe, expect, test } from 'vitest';
import { renderTree } from '../../../src/publish/site/renderTree.js';
import { sourceTree } from '../../../src/publish/site/sourceSections.js';
import { blockMarks } from '../../../src/publish/site/blockMeta.js';
import type { MinutesRecord } from '../../../src/extract/extractMinutes.js';
import { registry, run } from '../../helpers.js';
import { siteContext } from '../../../src/publish/site/siteContext.js';
import { EXTRA_TERMS, glossary, minutes } from './fixtures.js';

function render(body: string) {
  const result = run([minutes(body)], '2024-03-10');
  const ctx = siteContext({ result, registry: registry(), glossaryEntries: EXTRA_TERMS, asOf: '2024-03-10' });
  const rec = result.records.find((r): r is MinutesRecord => r.kind === 'verslag')!;
  const tree = sourceTree(rec.source, ctx.treeOf(rec.file));
  const html = renderTree(tree, {
    glossary: ctx.glossary,
    seen: new Set(),
    marks: blockMarks(result.register.agreements, ctx, rec.blockHosts),
    followUpHref: (id) => (ctx.agreementsById.has(id) ? `/afspraken/${id}/` : null),
    topLevel: 3,
  });
  return { ...html, result, tree };
}

describe('renderTree', () => {
  test('raw HTML and script in a minutes file never reach the page', () => {
    const { html } = render(
      '## 1. Opening\n\n<script>alert(1)</script>\n\n- Tekst met <img src=x onerror=alert(2)> inline HTML.\n\n<div onclick="x()">blok</div>\n',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<img|<div/);
    expect(html).toContain('Tekst met');
  });

  test('links with other schemes than http(s) and mailto lose their link; images become links', () => {
    const { html } = render('- [klik](javascript:alert(1)) [goed](https://example.org) [data](data:text/html,x) ![foto](https://example.org/a.png)\n');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text');
    expect(html).toContain('<a href="https://example.org">goed</a>');
    expect(html).toContain('<a href="https://example.org/a.png">[afbeelding: foto]</a>');
    expect(html).not.toContain('<img');
  });

  test('every agreement is anchored by its id, marked, and its attribute bullets replaced by register data', () => {
    const { html } = render(
      '## 1. Opening\n\n- Afspraak: BZK deelt de cijfers.\n  - id: lrt-2024-03-01-1\n  - termijn: 2024-03-05\n- Besluit: Het pakket is aangenomen.\n  - id: lrt-2024-03-01-2\n',
    );
    expect(html).toContain('<li id="lrt-2024-03-01-1" class="blok blok--afspraak blok--open blok--te-laat">');
    expect(html).toMatch(/<strong class="blok__label">Afspraak:<\/strong> <abbr [^>]+>BZK<\/abbr> deelt de cijfers\./);
    expect(html).toContain('<li id="lrt-2024-03-01-2" class="blok blok--besluit blok--afgerond">');
    expect(html).not.toMatch(/id: lrt-|termijn: 2024/);
    expect(html).toContain('href="/afspraken/lrt-2024-03-01-1/"');
    expect(html).toContain('Termijn verstreken');
    expect(html).toContain('Termijn: 5 maart 2024');
  });

  test('a labelled paragraph and its attribute list become one marked block', () => {
    const { html } = render('## 1. Opening\n\nAfspraak: VNG stuurt een reactie.\n\n- id: lrt-2024-03-01-1\n- eigenaar: VNG\n');
    expect(html).toMatch(/<div id="lrt-2024-03-01-1" class="blok blok--afspraak[^"]*"><p><strong class="blok__label">Afspraak:<\/strong> <abbr [^>]+>VNG<\/abbr> stuurt/);
    expect(html).not.toContain('eigenaar: VNG');
  });

  test('a follow-up note links to the agreement it follows up', () => {
    const { html } = render('## 1. Opening\n\n- Afspraak: JenV schrijft.\n  - id: lrt-2024-03-01-1\n- Brief is verstuurd.\n  - vervolg op: lrt-2024-03-01-1\n');
    expect(html).toContain('Vervolg op <a href="/afspraken/lrt-2024-03-01-1/">lrt-2024-03-01-1</a>');
  });

  test('headings start at the level asked, with numbered anchors; the front matter is not shown', () => {
    const { html, headings } = render('# Titel\n\n## 1. Opening\n\ntekst\n');
    expect(html).toContain('<h3 id="punt-1">Titel</h3>');
    expect(html).toContain('<h4 id="punt-2">1. Opening</h4>');
    expect(headings.map((h) => h.id)).toEqual(['punt-1', 'punt-2']);
    expect(html).not.toContain('orgaan');
  });

  test('the shared tree is left as it was', () => {
    const r = render('## 1. Opening\n\n<b>x</b>\n\n- Afspraak: JenV schrijft.\n  - id: lrt-2024-03-01-1\n');
    const before = JSON.stringify(r.tree);
    render('## 1. Opening\n\n<b>x</b>\n');
    renderTree(r.tree, { glossary: glossary(), seen: new Set() });
    expect(JSON.stringify(r.tree)).toBe(before);
    expect(r.tree.children.some((c) => c.type === 'yaml')).toBe(true);
  });

  test('tables scroll in a keyboard-reachable region with column headers', () => {
    const { html } = render('| a | b |\n| --- | --- |\n| 1 | 2 |\n');
    expect(html).toContain('<div class="tabel" role="region" aria-label="Tabel 1" tabindex="0"><table>');
    expect(html).toContain('<th scope="col">a</th>');
  });
});

describe('renderTree: several blocks in one bullet or paragraph (issue 10)', () => {
  test('two labels in one bullet: both anchored, both texts shown, the id bullets gone', () => {
    const { html, result } = render(
      '## 1. Opening\n\n- Afspraak: BZK deelt de cijfers. Besluit: De LRT stemt in.\n  - id: lrt-2024-03-01-1\n  - id: lrt-2024-03-01-2\n',
    );
    expect(result.register.agreements.map((a) => a.id)).toEqual(['lrt-2024-03-01-1', 'lrt-2024-03-01-2']);
    expect(html).toContain('<li id="lrt-2024-03-01-1" class="blok blok--afspraak');
    expect(html).toContain('<p class="blok__meta" id="lrt-2024-03-01-2">');
    expect(html).toMatch(/Besluit: De <abbr [^>]+>LRT<\/abbr> stemt in\./);
    expect(html).not.toMatch(/id: lrt-/);
  });

  test('a label after a line break in a paragraph is shown with the paragraph and anchored', () => {
    const { html } = render('## 1. Opening\n\nDe voorzitter vat samen.\nAfspraak: VNG stuurt een reactie.\n\n- id: lrt-2024-03-01-1\n');
    expect(html).toMatch(/<div id="lrt-2024-03-01-1" class="blok blok--afspraak[^"]*"><p>De voorzitter vat samen\.\n/);
    expect(html).toContain('stuurt een reactie.');
    expect(html).not.toMatch(/id: lrt-/);
  });

  test('each item under a plural label is its own marked block', () => {
    const { html } = render(
      '## 1. Opening\n\n- Afspraken:\n  - BZK deelt de cijfers.\n    - id: lrt-2024-03-01-1\n  - VNG stuurt een reactie.\n    - id: lrt-2024-03-01-2\n',
    );
    expect(html).toContain('<li id="lrt-2024-03-01-1" class="blok blok--afspraak');
    expect(html).toContain('<li id="lrt-2024-03-01-2" class="blok blok--afspraak');
    expect(html).toContain('Afspraken:');
  });
});

describe('renderTree: the label extraction read is set in bold (issue 11)', () => {
  test('as written, spelling and space before the colon kept; only where it opens the text', () => {
    const { html } = render(
      '## 1. Opening\n\n- afspraak : BZK deelt de cijfers. Besluit: De LRT stemt in.\n  - id: lrt-2024-03-01-1\n  - id: lrt-2024-03-01-2\n' +
        '- ✅ Afspraak: VNG stuurt een reactie.\n  - id: lrt-2024-03-01-3\n',
    );
    expect(html).toMatch(/<li id="lrt-2024-03-01-1"[^>]*><strong class="blok__label">afspraak :<\/strong> <abbr /);
    // The second label of the bullet is not where its text opens; a check mark before the label keeps it as written.
    expect(html.match(/blok__label/g)).toHaveLength(1);
    expect(html).toContain('✅ Afspraak: <abbr');
  });

  test('an item under a plural label has no label of its own to set in bold', () => {
    const { html } = render('## 1. Opening\n\n- Afspraken:\n  - BZK deelt de cijfers.\n    - id: lrt-2024-03-01-1\n');
    expect(html).toContain('<li id="lrt-2024-03-01-1" class="blok blok--afspraak');
    expect(html).not.toContain('blok__label');
  });
});
