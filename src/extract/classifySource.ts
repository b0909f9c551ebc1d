import type { Diagnostic } from '../schema/diagnostic.js';
import type { Body, Registry } from '../schema/registry.js';
import {
  MinutesFrontmatterSchema,
  StatusUpdateFrontmatterSchema,
  DocumentFrontmatterSchema,
  ConfirmationFrontmatterSchema,
  type MinutesFrontmatter,
} from '../schema/frontmatter.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedSource } from '../parse/parseSource.js';
import { validateFrontmatter } from '../parse/validateFrontmatter.js';
import { findBody } from './extractMinutes.js';
import { extractStatusUpdate, extractDocument, type StatusUpdateRecord, type DocumentRecord } from './extractSideFiles.js';
import { extractConfirmation, type ConfirmationRecord } from './extractConfirmation.js';
import { importProposals, importProposalDiagnostics } from './importProposals.js';
import { buildOrganisationIndex } from './organisationIndex.js';
import { civilServantsInText, mayNameCivilServant } from './findCivilServants.js';

/** Minutes whose front matter holds: extracted once every meeting of the run is known. */
export interface MinutesCandidate {
  kind: 'verslag';
  source: ParsedSource;
  fm: MinutesFrontmatter;
  body: Body;
  diagnostics: Diagnostic[];
}

/**
 * What one file is, from its front matter alone, with the file's parse and front-matter
 * diagnostics: minutes to extract, a finished status update or document, or nothing for the
 * register (`unregistered`: its labelled blocks are to be counted).
 */
export type Classified =
  | MinutesCandidate
  | { kind: 'bijlage'; record: StatusUpdateRecord | DocumentRecord | ConfirmationRecord; diagnostics: Diagnostic[] }
  | { kind: 'geen'; unregistered: boolean; diagnostics: Diagnostic[] };

/**
 * Which kind of file this is follows from its front matter: "orgaan" makes minutes, "afspraak"
 * a status update, "soort: stuk" a document.
 */
function kindOf(data: unknown): 'verslag' | 'voortgang' | 'stuk' | 'bevestiging' | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.soort === 'stuk') return 'stuk';
  if (d.soort === 'bevestiging') return 'bevestiging';
  if ('afspraak' in d || d.soort === 'voortgang') return 'voortgang';
  if ('orgaan' in d || 'datum' in d || 'aanwezig' in d || 'status' in d) return 'verslag';
  return null;
}

export function classifySource(source: ParsedSource, registry: Registry): Classified {
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  const fm = source.frontmatter;
  if (!fm || fm.data === null) return { kind: 'geen', unregistered: true, diagnostics };
  // Front matter that is a list or a bare text: say what it must be, whatever the file is.
  const isObject = typeof fm.data === 'object' && !Array.isArray(fm.data);
  const kind = kindOf(fm.data) ?? (source.file.includes('minutes/') || !isObject ? 'verslag' : null);
  if (kind === null) {
    diagnostics.push(diagnostic('file-kind-unknown', source.file, fm.positionOf([])));
    return { kind: 'geen', unregistered: true, diagnostics };
  }
  if (kind === 'verslag') {
    const v = validateFrontmatter(MinutesFrontmatterSchema, fm, source.file);
    diagnostics.push(...v.diagnostics);
    if (!v.ok) return { kind: 'geen', unregistered: true, diagnostics };
    const proposals = v.value.status === 'concept' ? importProposals(source.text) : [];
    diagnostics.push(...importProposalDiagnostics(source.file, proposals));
    const body = findBody(v.value.orgaan, registry.organen);
    // A draft lrt import wrote for a table not yet in data/bodies.yaml ("orgaan: … # voorstel: nieuw
    // overleg"): it registers under a provisional body, with a warning that proposes the entry to
    // add. A hand-written unknown body stays an error: it is most often a typo ("LTR").
    if (!body && proposals.some((p) => p.key === 'orgaan')) {
      const provisional = provisionalBody(v.value.orgaan);
      diagnostics.push(
        diagnostic('body-unknown-concept', source.file, fm.positionOf(['orgaan']), {
          value: v.value.orgaan,
          entry: `- { code: ${provisional.code}, naam: ${provisional.naam}, slug: ${provisional.slug} }`,
        }),
      );
      return { kind: 'verslag', source, fm: v.value, body: provisional, diagnostics };
    }
    if (!body) {
      diagnostics.push(
        diagnostic('body-unknown', source.file, fm.positionOf(['orgaan']), {
          value: v.value.orgaan,
          allowed: registry.organen.map((b) => b.code).join(', '),
        }),
      );
      return { kind: 'geen', unregistered: true, diagnostics };
    }
    return { kind: 'verslag', source, fm: v.value, body, diagnostics };
  }
  if (kind === 'voortgang') {
    const v = validateFrontmatter(StatusUpdateFrontmatterSchema, fm, source.file);
    diagnostics.push(...v.diagnostics);
    diagnostics.push(...civilServantsIn(source, registry));
    return v.ok ? { kind: 'bijlage', record: extractStatusUpdate(source, v.value), diagnostics } : { kind: 'geen', unregistered: false, diagnostics };
  }
  if (kind === 'bevestiging') {
    const v = validateFrontmatter(ConfirmationFrontmatterSchema, fm, source.file);
    diagnostics.push(...v.diagnostics);
    if (!v.ok) return { kind: 'geen', unregistered: false, diagnostics };
    const x = extractConfirmation(source, v.value, registry);
    diagnostics.push(...x.diagnostics);
    return { kind: 'bijlage', record: x.record, diagnostics };
  }
  const v = validateFrontmatter(DocumentFrontmatterSchema, fm, source.file);
  diagnostics.push(...v.diagnostics, ...civilServantsIn(source, registry));
  return v.ok ? { kind: 'bijlage', record: extractDocument(source, v.value), diagnostics } : { kind: 'geen', unregistered: false, diagnostics };
}

/** The body a concept names that data/bodies.yaml lacks: its name as code, a slug made from it. */
export function provisionalBody(name: string): Body {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'overleg';
  return { code: name.trim(), naam: name.trim(), slug, aliassen: [] };
}

/** A status update or document is published as written: a civil servant's name in it is an error. */
function civilServantsIn(source: ParsedSource, registry: Registry): Diagnostic[] {
  // A name is only found before a unit in brackets or after a comma, "van" or dash: without any, there is nothing to index.
  if (!mayNameCivilServant(source.text)) return [];
  return civilServantsInText(source.file, source.text, buildOrganisationIndex(registry.organisaties), new Set(), []);
}
