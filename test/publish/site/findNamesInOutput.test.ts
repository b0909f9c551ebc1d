import { expect, test } from 'vitest';
import { findNamesInOutput } from '../../../src/publish/site/findNamesInOutput.js';

const names = [{ name: 'Jan de Vries', org: 'DGM', file: 'minutes/x.md', line: 7 }];

test.each([
  ['plain HTML', '<p>Jan de Vries zei</p>'],
  ['split by markup', '<p>Jan <abbr>de</abbr> Vries</p>'],
  ['HTML entities and a non-breaking space', 'Jan&#32;de&nbsp;Vries'],
  ['JSON unicode escapes', '"Jan de\\u0020Vries"'],
  ['a folded ICS line', 'DESCRIPTION:Jan de V\r\n ries'],
  ['another case and curly spacing', 'JAN   DE\nVRIES'],
])('a name is found in %s', (_what, text) => {
  expect(findNamesInOutput([{ path: 'a.html', text }], names)).toEqual([{ path: 'a.html', declaredAt: 'minutes/x.md:7' }]);
});

test('nothing is reported without the name, or without names to look for', () => {
  expect(findNamesInOutput([{ path: 'a.html', text: '(DGM) zei iets' }], names)).toEqual([]);
  expect(findNamesInOutput([{ path: 'a.html', text: 'Jan de Vries' }], [])).toEqual([]);
});
