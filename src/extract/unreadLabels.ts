import type { Labels } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { findLabelSites, type LabelSite } from './findLabelSites.js';
import type { LabelMatcher } from './labelMatcher.js';

/**
 * The count check, on every run: the labels the line scan finds (findLabelSites, no Markdown
 * parser) against the places extraction read a label (a block, a plural head, a reported label).
 * Per line, every label the scan finds must have been read; the ones left over are lost blocks,
 * returned so they are reported where they stand.
 */
export function unreadLabels(text: string, labels: Labels, read: Position[], matcher?: LabelMatcher): LabelSite[] {
  const readPerLine = new Map<number, number>();
  for (const p of read) readPerLine.set(p.line, (readPerLine.get(p.line) ?? 0) + 1);
  const seen = new Map<number, number>();
  const out: LabelSite[] = [];
  for (const site of findLabelSites(text, labels, matcher)) {
    const n = (seen.get(site.at.line) ?? 0) + 1;
    seen.set(site.at.line, n);
    if (n > (readPerLine.get(site.at.line) ?? 0)) out.push(site);
  }
  return out;
}
