import type { ListItem } from 'mdast';
import type { Attribute, AttributeKey, Hint } from './blockTypes.js';
import { normalizeForMatch, squash, stripInvisible } from './normalize.js';
import { closest } from '../parse/closest.js';
import { pos, endLineOf } from './markdownPosition.js';
import { textOf } from './textOf.js';
import { BLOCK_ATTRIBUTE_ALIASES, BLOCK_ATTRIBUTE_KEYS } from '../schema/frontmatter.js';

/**
 * Spellings people type for each attribute, from the zod schema's keys and aliases: each key,
 * then its other spellings (the order closest() breaks ties in).
 */
export const ATTRIBUTE_SPELLINGS: Readonly<Record<string, AttributeKey>> = Object.fromEntries(
  BLOCK_ATTRIBUTE_KEYS.flatMap((key) => [
    [key, key],
    ...Object.entries(BLOCK_ATTRIBUTE_ALIASES)
      .filter(([, k]) => k === key)
      .map(([alias]) => [alias, key]),
  ]),
);

/**
 * Spellings that also open ordinary sentences ("Vervangt het …", "Kenmerk van de brief …"): without
 * a colon they are text, never an attribute whose colon was forgotten.
 */
const PROSE_OPENERS = new Set(['kenmerk', 'vervangt', 'trekt in', 'intrekking']);
const BARE_ATTRIBUTE = new RegExp(`^\\s*(${Object.keys(ATTRIBUTE_SPELLINGS).filter((s) => !PROSE_OPENERS.has(s)).join('|')})\\s+\\S`, 'i');

/** "key: value" where key is one of the spellings above; group 1 the key, group 2 the value. */
export const ATTRIBUTE_LINE = new RegExp(`^\\s*(${Object.keys(ATTRIBUTE_SPELLINGS).join('|')})\\s*:\\s*(.*)$`, 'is');

/** A bullet "- key: value" with a known key, or null. */
export function attributeOf(item: ListItem): Attribute | null {
  if (item.children.length !== 1 || item.children[0]?.type !== 'paragraph') return null;
  // Invisible characters are never part of a code, id or date: "\u200blrt-2023-03-01-1" is that id.
  const m = /^\s*([a-zA-Z ]+?)\s*:\s*(.*)$/s.exec(normalizeForMatch(stripInvisible(textOf(item.children[0]))));
  if (!m) return null;
  const key = ATTRIBUTE_SPELLINGS[m[1]!.toLowerCase()];
  const at = pos(item.children[0]);
  return key ? { key, value: squash(m[2]!), at, endLine: endLineOf(item, at.line) } : null;
}

/** "- eigenar: VNG" under a block: close to an attribute name, so most likely a typo that would otherwise vanish into the text. */
export function checkAttributeTypo(item: ListItem, hints: Hint[]): void {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return;
  const text = normalizeForMatch(stripInvisible(textOf(first)));
  const m = /^\s*([a-zA-Z ]+?)\s*:/.exec(text);
  if (m) {
    const suggestion = closest(m[1]!, Object.keys(ATTRIBUTE_SPELLINGS));
    if (suggestion) hints.push({ rule: 'attribute-unknown', at: pos(first), params: { key: m[1]!, suggestion } });
    return;
  }
  // "- termijn 2027-02-01": a known attribute without its colon would silently become text.
  const bare = BARE_ATTRIBUTE.exec(text);
  if (bare) hints.push({ rule: 'attribute-colon-missing', at: pos(first), params: { key: bare[1]!.toLowerCase() } });
}

/**
 * The attribute list of a bullet or paragraph that holds `count` blocks, split per block: the
 * first group is the first block's, and each "id" line after the group's own id opens the next
 * block's group ("- id: …-1", "- eigenaar: BZK", "- id: …-2"). A key twice in one group is a
 * duplicate, reported, not silently dropped.
 */
export function groupAttributes(attrs: Attribute[], count: number, duplicates: Attribute[]): Attribute[][] {
  const groups: Attribute[][] = Array.from({ length: Math.max(count, 1) }, () => []);
  let g = 0;
  for (const a of attrs) {
    if (a.key === 'id' && groups[g]!.some((x) => x.key === 'id') && g < groups.length - 1) g++;
    if (groups[g]!.some((x) => x.key === a.key)) duplicates.push(a);
    else groups[g]!.push(a);
  }
  return groups;
}
