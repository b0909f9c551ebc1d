import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../schema/diagnostic.js';
import { PeopleFileSchema, type RegisteredPerson } from '../schema/registry.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { positionIn } from './positionIn.js';
import { closest } from './closest.js';

export interface ParsedPeople {
  people: RegisteredPerson[];
  diagnostics: Diagnostic[];
}

/**
 * data/people.yaml to its people, each with the line it starts on; every mistake as an error at
 * its own line:column (YAML syntax, a zod issue, an organisation the registry does not know), so
 * the secretariat can find it. `orgCodes`: the registry's codes, to check `organisatie`.
 */
export function parsePeople(file: string, text: string, orgCodes: readonly string[], params?: Parameters<typeof PeopleFileSchema.safeParse>[1]): ParsedPeople {
  const position = positionIn(text);
  const doc = parseDocument(text, { prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.length) {
    for (const e of doc.errors) diagnostics.push(diagnostic('people-invalid', file, position(e.pos[0]), { detail: e.message.split('\n')[0]! }));
    return { people: [], diagnostics };
  }
  const value = doc.toJS({ maxAliasCount: 0 }) ?? [];
  const at = (path: (string | number)[]) => position(rangeStart(doc.contents, path));
  const result = PeopleFileSchema.safeParse(value, params);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      const where = path.length ? `${path.map((p) => (typeof p === 'number' ? `persoon ${p + 1}` : p)).join(' → ')}: ` : '';
      // An unknown key: at the key itself, not at the start of its person.
      const key = 'keys' in issue && Array.isArray(issue.keys) ? String(issue.keys[0]) : null;
      const offset = key === null ? rangeStart(doc.contents, path) : rangeStart(doc.contents, [...path, key], true);
      diagnostics.push(diagnostic('people-invalid', file, position(offset), { detail: `${where}${issue.message}` }));
    }
    return { people: [], diagnostics };
  }
  const known = new Map(orgCodes.map((c) => [c.toLowerCase(), c]));
  const people = result.data.map((person, i): RegisteredPerson => {
    const code = known.get(person.organisatie.toLowerCase());
    if (!code)
      diagnostics.push(
        diagnostic('people-org-unknown', file, at([i, 'organisatie']), {
          value: person.organisatie,
          who: person.naam,
          suggestion: closest(person.organisatie, orgCodes) ?? '',
        }),
      );
    return { person: { ...person, organisatie: code ?? person.organisatie }, file, line: at([i]).line };
  });
  return { people: diagnostics.length ? [] : people, diagnostics };
}

/** Offset of the node at `path`, or of the nearest ancestor that exists (a missing key: its map). */
function rangeStart(root: unknown, path: (string | number)[], atKey = false): number {
  let node = root as Node | null;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const step of path) {
    if (isSeq(node) && typeof step === 'number') node = (node.items[step] as Node | undefined) ?? null;
    else if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
      node = ((atKey && step === path[path.length - 1] ? pair?.key : pair?.value) as Node | undefined) ?? null;
    }
    else node = null;
    if (!node?.range) break;
    offset = node.range[0];
  }
  return offset;
}
