import type { Paragraph } from 'mdast';
import type { AgreementKind } from '../schema/registry.js';
import type { Position } from '../diagnostics/diagnostic.js';
import type { RuleCall, RuleId } from '../diagnostics/messages.js';
import type { BlockAttributeKey } from '../schema/frontmatter.js';

export type AttributeKey = BlockAttributeKey;

export interface Attribute {
  key: AttributeKey;
  value: string;
  at: Position;
  /** Last line of the attribute's bullet: `lrt ids` writes the id of a later block in a bullet after it. */
  endLine: number;
}

export interface AgendaItem {
  number: string | null;
  title: string;
  heading: string;
  at: Position;
}

export interface RawBlock {
  label: string;
  kind: AgreementKind;
  text: string;
  at: Position;
  /** `lrt ids` writes this block's id line after this line (1-based; 0 would be before the first). */
  endLine: number;
  /** Indentation for an attribute line of this block, and whether it already has an attribute list. */
  attributeIndent: string;
  attributes: Attribute[];
  agendaItem: AgendaItem | null;
  /** Start of the bullet or paragraph the block stands in: the element the rendered page marks. */
  host: Position;
  /** The label as written, through its colon ("Afspraak:"); null for an item under a plural. */
  written: string | null;
  /** Words written before the label ("BZK" in "BZK – Afspraak: …"): an organisation there owns the block. */
  leadIn?: string | null;
}

/** An unlabelled bullet that follows up an earlier agreement ("- vervolg op: lrt-…" below it). */
export interface FollowUpNote {
  ref: string;
  refAt: Position;
  text: string;
  status: Attribute | null;
  at: Position;
  agendaItem: AgendaItem | null;
}

/** Rules findBlocks reports itself: text that looks like a labelled block or attribute but is not read as one. */
export type HintRule = Extract<
  RuleId,
  | 'label-colon-missing'
  | 'label-misplaced'
  | 'attribute-unknown'
  | 'attribute-colon-missing'
  | 'label-misspelled'
  | 'label-in-table'
  | 'label-in-footnote'
  | 'label-struck'
  | 'task-ticked'
  | 'html-comment-unclosed'
  | 'attribute-under-plural'
>;

export type Hint = RuleCall<HintRule> & { at: Position };

export interface FoundBlocks {
  blocks: RawBlock[];
  notes: FollowUpNote[];
  agenda: AgendaItem[];
  duplicateAttributes: Attribute[];
  hints: Hint[];
  /** Unlabelled paragraphs that are no follow-up note: where an unlabelled commitment may hide. */
  plain: Paragraph[];
  /**
   * Every place a label was read: a block, the head of a plural list ("Afspraken:") whose items
   * became blocks, or a label reported by a hint. The independent line count must find nothing else.
   */
  sites: Position[];
}
