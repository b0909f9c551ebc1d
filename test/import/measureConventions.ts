import { conventionInputs, loadCase, projected } from './conventionFixtures.js';

/**
 * Found / expected per convention fixture: labelled blocks registered as expected (kind, text,
 * owner, status, deadline), candidates proposed, and what was registered or proposed beyond
 * that. Run: npx tsx test/import/measureConventions.ts
 */
const rows: string[][] = [['fixture', 'blocks', 'candidates', 'extra', 'errors']];
let found = 0;
let expected = 0;
for (const input of conventionInputs()) {
  const c = await loadCase(input);
  const agreements = c.checked.register.agreements;
  const blocks = c.want.blocks.filter((w) => agreements.some((a) => JSON.stringify(projected(a, w)) === JSON.stringify(w))).length;
  const cands = c.want.candidates.filter((w) => c.imported.candidates.some((x) => x.text.startsWith(w))).length;
  const extra = Math.max(0, agreements.length - blocks) + Math.max(0, c.imported.candidates.length - cands);
  const errors = c.checked.diagnostics.filter((d) => d.severity === 'error').length;
  found += blocks + cands;
  expected += c.want.blocks.length + c.want.candidates.length;
  rows.push([c.name, `${blocks}/${c.want.blocks.length}`, `${cands}/${c.want.candidates.length}`, String(extra), String(errors)]);
}
const width = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((x, i) => x.padEnd(width[i]!)).join('  '));
console.log(`\ntotal found ${found}/${expected}`);
