import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { StatusUpdateFrontmatter, DocumentFrontmatter } from '../schema/frontmatter.js';
import type { ParsedSource, SourceText } from '../parse/parseSource.js';
import type { Position } from '../diagnostics/diagnostic.js';
import type { AgreementStatus } from '../schema/registry.js';
import { squash } from './normalize.js';

export interface StatusUpdateRecord {
  kind: 'voortgang';
  file: string;
  agreementId: string;
  refAt: Position;
  date: string;
  /** The status it sets; a closure proposal sets none (the table decides), see `proposal`. */
  status: AgreementStatus | undefined;
  /** status: afdoeningsvoorstel: the owner proposes closure, resting on a document or a link. */
  proposal: { evidence: string | null; at: Position } | null;
  bron: string | null;
  text: string;
  source: SourceText;
}

export interface DocumentRecord {
  kind: 'stuk';
  file: string;
  fm: DocumentFrontmatter;
  carriesOutAt: Position[];
  source: SourceText;
}

/** The text of a file without its front matter, as one line. */
export function bodyText(tree: Root): string {
  return squash(
    tree.children
      .filter((c) => c.type !== 'yaml')
      .map((c) => toString(c))
      .join(' '),
  );
}

export function extractStatusUpdate(source: ParsedSource, fm: StatusUpdateFrontmatter): StatusUpdateRecord {
  return {
    kind: 'voortgang',
    file: source.file,
    agreementId: fm.afspraak,
    refAt: source.frontmatter!.positionOf(['afspraak']),
    date: fm.datum,
    status: fm.status === 'afdoeningsvoorstel' ? undefined : fm.status,
    proposal: fm.status === 'afdoeningsvoorstel' ? { evidence: fm.stuk ?? fm.link ?? null, at: source.frontmatter!.positionOf(['status']) } : null,
    bron: fm.bron ?? null,
    text: bodyText(source.tree),
    source,
  };
}

export function extractDocument(source: ParsedSource, fm: DocumentFrontmatter): DocumentRecord {
  return {
    kind: 'stuk',
    file: source.file,
    fm,
    carriesOutAt: fm.voert_uit.map((_, i) => source.frontmatter!.positionOf(['voert_uit', i])),
    source,
  };
}
