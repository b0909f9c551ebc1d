import { expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/**
 * An unclosed "<del>" (or "<s>", "<strike>") strikes everything after it, as a browser shows it:
 * the text, owner and deadline after it left the register without a word. It is said at the tag.
 */
const r = run([repoFile('test/extract/fixtures/strike-tag-unclosed.md')], '2024-12-01');

it('each unclosed strike tag is a warning at the tag, with the closing tag to write', () => {
  const said = r.diagnostics.filter((d) => d.rule === 'strike-unclosed');
  expect(said.map((d) => `${d.line}:${d.column}`)).toEqual(['12:23', '14:26', '17:3']);
  expect(said.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning']);
  expect(said[0]!.message).toContain('"<del>"');
  expect(said[0]!.message).toContain('"</del>"');
  expect(said[1]!.message).toContain('"<STRIKE>"');
});

it('closed tags are not reported, and the struck text still stays out', () => {
  expect(r.register.agreements.map((a) => a.text)).toEqual([
    'COA zoekt',
    'VNG levert voor 1 juli de cijfers.',
    'IND versnelt',
    // A tag on a line of its own strikes no later paragraph of the bullet, but is still said.
    'BZK stuurt de brief. De brief gaat ook naar IPO.',
    'de LRT stemt niet in.',
  ]);
  expect(r.diagnostics.filter((d) => !['id-missing', 'strike-unclosed'].includes(d.rule))).toEqual([]);
});
