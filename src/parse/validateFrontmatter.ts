import type { z } from 'zod';
import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { Frontmatter } from './parseFrontmatter.js';
import { closest } from './closest.js';
import { isRealDate } from '../schema/isoDate.js';

export type Validated<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const EXAMPLES: Record<string, string> = {
  orgaan: 'orgaan: LRT',
  datum: 'datum: 2023-04-25',
  status: 'status: concept',
  afspraak: 'afspraak: lrt-2023-04-21-2',
  titel: 'titel: "Brief aan de medeoverheden"',
  id: 'id: brief-medeoverheden-2023-05',
  soort: 'soort: stuk',
};

/** Validates front matter against a zod schema; each issue becomes a Dutch diagnostic at its YAML node. */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: Frontmatter,
  file: string,
): Validated<z.infer<S>> {
  const data = fm.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      diagnostics: [diagnostic('field-type', file, fm.positionOf([]), { key: 'kopblok', expected: 'een lijst van velden ("naam: waarde")', got: describe(data) })],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data, diagnostics: [] };
  const out: Diagnostic[] = [];
  for (const issue of result.error.issues) out.push(...toDiagnostics(issue, fm, file, data as Record<string, unknown>, schema));
  return { ok: false, diagnostics: out };
}

function toDiagnostics(issue: z.core.$ZodIssue, fm: Frontmatter, file: string, data: Record<string, unknown>, schema: z.ZodType): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = path.filter((p) => typeof p === 'string').join('.') || 'kopblok';
  const value = valueAt(data, path);
  const at = fm.positionOf(path);
  const where = path.length > 1 ? ` bij "${path.slice(0, -1).join('.')}"` : '';
  // A missing field fails as a wrong type, or (an enum such as status) as a value not allowed: both say it is missing.
  if (value === undefined && path.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.message === 'datum-type')) {
    const last = String(path[path.length - 1] ?? key);
    return [diagnostic('field-required', file, fm.positionOf(path.slice(0, -1)), { key: last, where, example: EXAMPLES[last] ?? `${last}: …` })];
  }
  if (issue.message === 'datum-bestaat-niet') return [diagnostic('date-invalid', file, at, { key, value: String(value) })];
  if (issue.message === 'datum-vorm' || issue.message === 'datum-type')
    return [diagnostic('date-format', file, at, { key, value: String(value), suggestion: isoFromDutch(String(value)) ?? '' })];
  switch (issue.code) {
    case 'invalid_type':
      return [diagnostic('field-type', file, at, { key, expected: expectedInDutch(issue.expected), got: describe(value) })];
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((k) =>
        diagnostic('field-unknown', file, fm.positionOf([...path, k], true), {
          key: k,
          where,
          suggestion: closest(k, allowed) ?? '',
          allowed: allowed.join(', '),
        }),
      );
    }
    case 'invalid_value':
      return [diagnostic('field-value', file, at, { key, value: String(value), allowed: issue.values.map(String).join(', ') })];
    case 'invalid_union':
      return [diagnostic('field-type', file, at, { key, expected: 'tekst of een lijst van velden (naam, organisatie, openbaar)', got: describe(value) })];
    case 'invalid_format': {
      // Zod's own texts ("Invalid URL") are English; say what the value must look like.
      const expected =
        issue.format === 'url'
          ? 'een webadres dat met https:// of http:// begint'
          : issue.format === 'regex'
            ? 'een kenmerk van kleine letters, cijfers en streepjes (zoals lrt-2023-04-25)'
            : 'een geldige waarde';
      return [diagnostic('field-type', file, at, { key, expected, got: describe(value) })];
    }
    case 'too_small':
      return [diagnostic('field-type', file, at, { key, expected: 'niet leeg', got: describe(value) })];
    default:
      return [diagnostic('field-type', file, at, { key, expected: 'een geldige waarde', got: describe(value) })];
  }
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function expectedInDutch(expected: string): string {
  return (
    { string: 'tekst', number: 'een getal', boolean: 'true of false', array: 'een lijst (regels die met "- " beginnen)', object: 'velden ("naam: waarde")' } as Record<string, string>
  )[expected] ?? expected;
}

function describe(v: unknown): string {
  if (v === null) return 'niets (leeg)';
  if (Array.isArray(v)) return 'een lijst';
  if (typeof v === 'object') return 'een groep velden';
  if (typeof v === 'string') return `de tekst "${v}"`;
  return `${typeof v === 'number' ? 'het getal' : 'de waarde'} ${String(v)}`;
}

/** The keys an object schema accepts at a path, for "did you mean" hints. */
function allowedKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  let s: unknown = schema;
  for (const p of path) {
    const def = (s as { def?: Record<string, unknown> }).def;
    if (!def) return [];
    if (typeof p === 'number') s = def.element ?? (def.options as unknown[] | undefined)?.find((o) => (o as { def: { type: string } }).def.type === 'object');
    else s = (def.shape as Record<string, unknown> | undefined)?.[p];
    while ((s as { def?: { innerType?: unknown } })?.def?.innerType) s = (s as { def: { innerType: unknown } }).def.innerType;
  }
  // An attendee is text or an object: the keys are the object's.
  const options = (s as { def?: { options?: unknown[] } })?.def?.options;
  if (options) s = options.find((o) => (o as { def: { type: string } }).def.type === 'object');
  const shape = (s as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** "14-06-2023", "14/6/2023" → "2023-06-14", so the message can say exactly what to write. */
function isoFromDutch(value: string): string | null {
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}
