import { expect, it } from 'vitest';
import { repoFile, run, source } from '../helpers.js';

/**
 * Struck-through text ("~~…~~", "<del>…</del>", as an export of tracked changes writes it) is what the secretariat
 * took back: it is not part of an agreement's text, owner or deadline ("stemt ~~in~~ niet in" must
 * not read as agreeing), and a struck label is no block, but is said, so it is never lost unnoticed.
 */
const r = run([repoFile('test/extract/fixtures/struck-through-text-and-label.md')], '2024-12-01');

it('struck text is left out of the text, the owner and the deadline', () => {
  expect(r.register.agreements.map((a) => [a.text, a.owners.join('+'), a.deadline.date])).toEqual([
    ['De LRT stemt niet in met het voorstel.', '', null],
    ['BZK stuurt voor 1 mei een brief aan de gemeenten.', 'BZK', '2024-05-01'],
    ['IPO stuurt de cijfers.', 'VNG', null],
    // An HTML export's <del> and <s>, and GFM's single tilde, strike as ~~ does.
    ['De LRT stemt niet in met de planning.', '', null],
    ['VNG levert voor 1 juli de cijfers.', 'VNG', '2024-07-01'],
    ['COA meldt het aantal plaatsen.', 'COA', null],
  ]);
});

it('a struck label is no block, and a warning where it stands; nothing is reported lost', () => {
  const said = r.diagnostics.filter((d) => d.rule !== 'id-missing').map((d) => `${d.rule}@${d.line}:${d.column}`);
  expect(said).toEqual(['label-struck@13:3', 'label-struck@16:34', 'label-struck@19:3']);
  expect(r.diagnostics.find((d) => d.rule === 'label-struck')!.message).toContain('doorgehaald');
});

it('a name in struck text is still published on the page, so it is still caught', () => {
  const text = '---\norgaan: LRT\ndatum: 2024-04-07\nstatus: vastgesteld\n---\n\n- Afspraak: BZK stuurt de brief. ~~Jan de Vries (DGM) neemt contact op.~~\n';
  const names = run([source('minutes/2024-04-07-lrt.md', text)], '2024-12-01').diagnostics.filter((d) => d.rule === 'name-civil-servant');
  expect(names.map((d) => `${d.line}:${d.column}`)).toEqual(['7:43']);
});
