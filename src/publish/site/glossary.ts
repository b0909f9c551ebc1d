import type { Registry } from '../../schema/registry.js';
import type { GlossaryEntry } from '../../schema/glossary.js';

export type { GlossaryEntry };

export type TermCategory = 'organisatie' | 'rol' | 'overleg' | 'afkorting' | 'begrip';

export interface Term {
  term: string;
  meaning: string;
  category: TermCategory;
  /** Forms marked as <abbr> in the text; empty for words that are only explained. */
  forms: string[];
  slug: string;
}

export interface Glossary {
  terms: Term[];
  /** Every abbreviation form → its term, for marking and for search expansion. */
  byForm: Map<string, Term>;
  /** Matches any form as a whole word; null when there is nothing to mark. */
  pattern: RegExp | null;
  /** The glossary as text: rendered minutes are remembered per glossary (renderMemo). */
  key: string;
}

/** "JenV", "CdK", "VNG": a code reads as an abbreviation when it has two capitals and no space. */
function looksAbbreviated(code: string): boolean {
  return /^[A-Za-z]+$/.test(code) && (code.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

function slugOf(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The glossary from the registry (organisations, roles, bodies) and the site's own list. The
 * registry comes first: an organisation's name there is the official one.
 */
export function buildGlossary(registry: Registry, extra: GlossaryEntry[]): Glossary {
  const terms: Term[] = [];
  const seen = new Set<string>();
  const add = (t: Omit<Term, 'slug'>) => {
    if (seen.has(t.term)) return;
    seen.add(t.term);
    terms.push({ ...t, slug: slugOf(t.term) });
  };
  for (const o of registry.organisaties) {
    if (!looksAbbreviated(o.code)) continue;
    const variants = o.aliassen.filter((a) => a !== o.code && a.toLowerCase() === o.code.toLowerCase());
    add({ term: o.code, meaning: o.naam, category: 'organisatie', forms: [o.code, ...variants] });
  }
  for (const o of registry.organisaties) for (const r of o.rollen) if (looksAbbreviated(r.code)) add({ term: r.code, meaning: r.naam, category: 'rol', forms: [r.code] });
  for (const b of registry.organen) if (looksAbbreviated(b.code)) add({ term: b.code, meaning: b.naam, category: 'overleg', forms: [b.code] });
  for (const e of extra)
    add({ term: e.term, meaning: e.betekenis, category: e.soort, forms: e.soort === 'afkorting' ? [e.term, ...e.varianten] : [] });

  terms.sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }));
  const byForm = new Map<string, Term>();
  for (const t of terms) for (const f of t.forms) if (!byForm.has(f)) byForm.set(f, t);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words only: "VR" must not match inside "VRO", nor "JenV" inside "SJenV".
  const pattern = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return { terms, byForm, pattern, key: JSON.stringify([terms, pattern?.source ?? null, pattern?.flags ?? null]) };
}
