import type { Body } from '../schema/registry.js';
import { normalizeForMatch } from '../extract/normalize.js';

function fold(s: string): string {
  return normalizeForMatch(s).toLowerCase().replace(/[-–_/]+/g, ' ').replace(/\s+/g, ' ');
}

function has(text: string, name: string): boolean {
  const n = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\d])${n}(?![\\p{L}\\d])`, 'u').test(text);
}

/**
 * The body a title names: by code, name or alias ("LRT verslag", "Verslag Provinciale Regietafel
 * Utrecht", "PRT-Utrecht"), the longest match winning so "HLRT" is not read as "LRT". A
 * provincial table is also found by "PRT"/"Provinciale Regietafel" plus the province's name.
 */
export function matchBody(text: string, bodies: Body[]): Body | undefined {
  const t = fold(text);
  let best: { body: Body; len: number } | undefined;
  for (const b of bodies) {
    for (const name of [b.code, b.naam, ...b.aliassen]) {
      if (has(t, name) && (!best || name.length > best.len)) best = { body: b, len: name.length };
    }
  }
  if (best) return best.body;
  if (!/(?<![\p{L}])(?:prt|regietafel)(?![\p{L}])/u.test(t)) return undefined;
  return bodies.find((b) => /^PRT\s/.test(b.code) && [b.code, ...b.aliassen].some((n) => has(t, n.replace(/^PRT\s+/, ''))));
}

/** The body named most often in a text (at least twice), as a proposal when the title names none. */
export function mostMentionedBody(text: string, bodies: Body[]): { body: Body; count: number } | undefined {
  const t = normalizeForMatch(text);
  let best: { body: Body; count: number } | undefined;
  for (const b of bodies) {
    const re = new RegExp(`(?<![\\p{L}\\d])${b.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu');
    const count = t.match(re)?.length ?? 0;
    if (count >= 2 && (!best || count > best.count)) best = { body: b, count };
  }
  return best;
}
