import { expect, test } from 'vitest';
import { safeUrl } from '../../../src/publish/site/safeUrl.js';

test.each([
  ['https://example.org/a', 'https://example.org/a'],
  ['http://example.org', 'http://example.org'],
  ['mailto:secretariaat@example.org', 'mailto:secretariaat@example.org'],
  ['#punt-1', '#punt-1'],
  ['../stukken/x/', '../stukken/x/'],
  ['javascript:alert(1)', null],
  ['JaVaScRiPt:alert(1)', null],
  ['java\tscript:alert(1)', null],
  [' javascript:alert(1)', null],
  ['data:text/html,<script>', null],
  ['vbscript:x', null],
  ['\\\\evil', null],
])('safeUrl(%j) = %j', (input, expected) => {
  expect(safeUrl(input)).toBe(expected);
});
