import type { Diagnostic } from '../schema/diagnostic.js';
import type { AgreementKind, Registry } from '../schema/registry.js';
import type { ConfirmationFrontmatter } from '../schema/frontmatter.js';
import { diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { ParsedSource, SourceText } from '../parse/parseSource.js';
import { closest } from '../parse/closest.js';
import { buildOrganisationIndex } from './organisationIndex.js';
import { resolveOwners } from './resolveOwners.js';
import { buildPersonIndex, fromRegistry } from './personIndex.js';
import type { OwnerPerson } from '../schema/register.js';
import { normalizeForMatch } from './normalize.js';

/** One confirmed sentence, with what can be decided without the minutes it quotes. */
export interface ConfirmedItem {
  id: string;
  idAt: Position;
  quote: string;
  quoteAt: Position;
  label: string;
  kind: AgreementKind;
  owners: string[];
  ownersInferred: boolean;
  ownerPeople: OwnerPerson[];
  termijn: { value: string; at: Position } | null;
}

export interface ConfirmationRecord {
  kind: 'bevestiging';
  file: string;
  meetingId: string;
  meetingAt: Position;
  items: ConfirmedItem[];
  source: SourceText;
}

/**
 * A confirmation file to its record. Label and owners are checked here against data/; the quoted
 * sentence is found in its minutes when the register is linked (link/confirmedAgreements).
 */
export function extractConfirmation(
  source: ParsedSource,
  fm: ConfirmationFrontmatter,
  registry: Registry,
): { record: ConfirmationRecord; diagnostics: Diagnostic[] } {
  const file = source.file;
  const positionOf = source.frontmatter!.positionOf;
  const index = buildOrganisationIndex(registry.organisaties);
  const people = buildPersonIndex(registry.personen.map(fromRegistry));
  const diagnostics: Diagnostic[] = [];
  const items: ConfirmedItem[] = [];
  fm.bevestigd.forEach((c, i) => {
    const at = (key: string) => positionOf(['bevestigd', i, key]);
    const label = registry.labels.labels.find((l) => normalizeForMatch(l.label).toLowerCase() === normalizeForMatch(c.label).toLowerCase().trim());
    if (!label) {
      const known = registry.labels.labels.map((l) => l.label);
      diagnostics.push(diagnostic('confirmation-label-unknown', file, at('label'), { value: c.label, suggestion: closest(c.label, known) ?? '', allowed: known.join(', ') }));
      return;
    }
    // The sentence is its own text: an owner is read from it as from a labelled block's, never from the chair.
    const owners = resolveOwners(label.soort, c.eigenaar, c.zin, undefined, index, people);
    for (const name of owners.unknown)
      diagnostics.push(diagnostic('owner-unknown', file, at('eigenaar'), { value: name, suggestion: closest(name, index.codes) ?? '' }));
    for (const p of owners.unknownPeople) diagnostics.push(diagnostic('owner-person-unknown', file, at('eigenaar'), { value: p.name, org: p.org ?? '' }));
    if (label.soort !== 'besluit' && owners.owners.length === 0 && owners.unknown.length === 0 && owners.people.length === 0)
      diagnostics.push(diagnostic('confirmation-owner-none', file, at('zin'), { kind: label.label.toLowerCase() }));
    items.push({
      id: c.id,
      idAt: at('id'),
      quote: c.zin,
      quoteAt: at('zin'),
      label: label.label,
      kind: label.soort,
      owners: owners.owners,
      ownersInferred: owners.inferred,
      ownerPeople: owners.people,
      termijn: c.termijn ? { value: c.termijn, at: at('termijn') } : null,
    });
  });
  return { record: { kind: 'bevestiging', file, meetingId: fm.verslag, meetingAt: positionOf(['verslag']), items, source }, diagnostics };
}
