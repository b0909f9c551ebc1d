import type { Registry } from '../schema/registry.js';
import type { DeadlineContext } from '../extract/deadline.js';
import type { OrganisationIndex } from '../extract/organisationIndex.js';
import { findCommitments } from '../extract/findCommitments.js';
import { closest } from '../parse/closest.js';
import type { DraftItem, DraftSection, ImportCandidate, Unit } from './model.js';
import { recognizeLabel, canonicalLabel, headingLabel, type LabelMatch } from './findLabelledBlocks.js';
import { findActionTable } from './findActionTable.js';
import { readOwnersAndDeadline, type ProposedPerson } from './readOwnersAndDeadline.js';
import { buildPersonIndex, fromRegistry } from '../extract/personIndex.js';
import { lineAt } from './joinPdfLines.js';
import type { Note } from './noteMessages.js';
import { sentenceBlocks } from './sentenceBlocks.js';

const STATUS: [RegExp, string][] = [
  [/^(?:afgerond|gereed|klaar|afgehandeld|done|voltooid|✓|✔)$/i, 'afgerond'],
  [/^(?:loopt|lopend|in behandeling|in uitvoering|doorlopend|continu|gestart)$/i, 'loopt'],
  [/^(?:vervallen|vervalt|ingetrokken|geschrapt)$/i, 'vervallen'],
  [/^(?:open|openstaand|nieuw)$/i, 'open'],
];

/**
 * The body units as the draft's sections: one per agenda item, each bullet labelled when a
 * convention says so (with owner, deadline and status as attributes), action tables as one
 * Actiepunt per row, a block repeated in a decision list kept once, and the sentences of
 * unlabelled bullets that read like agreements proposed as candidates.
 */
export function buildSections(
  units: Unit[],
  registry: Registry,
  index: OrganisationIndex,
  dctx: DeadlineContext,
  note: Note,
  opts: { decisionList: boolean } = { decisionList: false },
): { sections: DraftSection[]; candidates: ImportCandidate[]; people: ProposedPerson[] } {
  const sections: DraftSection[] = [{ heading: null, line: 1, content: [] }];
  const candidates: ImportCandidate[] = [];
  const known = buildPersonIndex(registry.personen.map(fromRegistry));
  const people: ProposedPerson[] = [];
  const seen = new Map<string, number>();
  const kindOf = new Map(registry.labels.labels.map((l) => [l.label.toLowerCase(), l.soort]));
  let sectionLabel: string | null = null;

  /** Owner, deadline and status words ("VNG en IPO", "eind april", "loopt") as the item's attributes. */
  const applyWhoWhen = (item: DraftItem, who: string, when: string, status: string) => {
    const read = readOwnersAndDeadline(who, when, index, dctx);
    for (const u of read.unknown) {
      note(item.line, 'owner-unknown', { value: u, suggestion: closest(u, index.codes) ?? '' });
      item.comments.push(`eigenaar in de bron: ${u}`);
    }
    for (const p of read.people) {
      note(item.line, 'owner-person', { value: p.name, org: p.org ?? '' });
      if (known.lookup(p.name)) continue;
      const same = people.find((q) => q.name === p.name);
      if (!same) people.push({ ...p });
      else same.org ??= p.org;
    }
    setAttribute(item, 'eigenaar', read.written.join(', '));
    setAttribute(item, 'termijn', read.termijn ?? '');
    const st = STATUS.find(([re]) => re.test(status.trim()) || (re.source.includes('doorlopend') && re.test(when.trim())))?.[1];
    setAttribute(item, 'status', st ?? '');
    if (read.unreadable && !st) {
      note(item.line, 'deadline-unreadable', { value: read.unreadable });
      item.comments.push(`termijn in de bron: ${read.unreadable}`);
    }
  };

  /** "… (VNG, 1 mei)" at the end of an action: owner and deadline, when the brackets name an organisation. */
  const trailingWho = (text: string): { text: string; who: string } => {
    const m = /\s*\(([^()]{1,60})\)([.;]?)\s*$/.exec(text);
    if (!m) return { text, who: '' };
    const read = readOwnersAndDeadline(m[1]!, '', index, dctx);
    if (read.owners.length === 0 || read.unknown.length > 0) return { text, who: '' };
    return { text: `${text.slice(0, m.index)}${m[2]}`.trim(), who: m[1]! };
  };

  const labelled = (line: number, m: LabelMatch, when = '', status = ''): DraftItem | null => {
    const trailing = m.kind === 'besluit' || m.who ? { text: m.text, who: '' } : trailingWho(m.text);
    const split = splitWhoWhen(trailing.text);
    const key = `${m.kind}|${split.text.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '')}`;
    const first = seen.get(key);
    if (first !== undefined) {
      note(line, 'duplicate-block', { text: split.text.length > 70 ? `${split.text.slice(0, 68)}…` : split.text, first });
      return null;
    }
    seen.set(key, line);
    const item: DraftItem = { type: 'item', bullet: true, number: null, label: m.label, text: split.text, attributes: [], comments: [], line };
    applyWhoWhen(item, [m.who, trailing.who, split.who].filter(Boolean).join(', '), when || split.when, status);
    return item;
  };
  const current = () => sections[sections.length - 1]!;
  /** An item labelled after all: its sentences are no longer candidates. */
  const unpropose = (item: DraftItem) => {
    item.comments = item.comments.filter((c) => !c.startsWith('kandidaat-'));
    for (let i = candidates.length - 1; i >= 0; i--) if (item.text.includes(candidates[i]!.text)) candidates.splice(i, 1);
  };
  const ownersOnly = (text: string) => {
    const read = readOwnersAndDeadline(text, '', index, dctx);
    return text.length <= 60 && read.owners.length + read.people.length > 0 && read.unknown.length === 0 && !read.termijn;
  };

  /** An unlabelled bullet or paragraph as it stands, its commitment sentences proposed as candidates. */
  const plain = (u: Extract<Unit, { type: 'item' }>, text: string, offset: number, bullet: boolean, number: string | null, propose = true): DraftItem => {
    const line = lineAt(u.text, offset);
    const item: DraftItem = { type: 'item', bullet, number, label: null, text, attributes: [], comments: [], line };
    for (const c of propose ? findCommitments(text, index) : []) {
      const at = lineAt(u.text, offset + c.start);
      candidates.push({ text: c.text, line: at });
      const label = c.kind === 'besluit' ? 'Besluit' : c.kind === 'toezegging' ? 'Toezegging' : 'Afspraak';
      item.comments.push(`kandidaat-${c.kind} (bronregel ${at}): "${c.text}" Bevestigen: zet de zin als eigen punt met "${label}:" ervoor en haal dit commentaar weg.`);
    }
    return item;
  };
  // Decisions written as blockquotes throughout a document: each quote is a decision.
  const quoteDecisions = units.filter((u) => u.type === 'item' && u.quote).length >= 2;

  let lastLabelled: DraftItem | null = null;
  for (const u of units) {
    const previous: DraftItem | null = lastLabelled;
    lastLabelled = null;
    if (u.type === 'heading') {
      sections.push({ heading: u.text, line: u.line, content: [] });
      sectionLabel = headingLabel(u.text, registry.labels);
      continue;
    }
    if (u.type === 'table') {
      const t = findActionTable(u.rows);
      if (!t.actions) {
        current().content.push({ type: 'table', lines: t.markdown, line: u.line });
        continue;
      }
      const found = registry.labels.labels.find((l) => t.label.toLowerCase().startsWith(l.label.toLowerCase()));
      const kind = found?.soort ?? 'afspraak';
      const label = canonicalLabel(found?.label ?? 'Actiepunt', kind, registry.labels);
      for (const a of t.actions) {
        const item = labelled(a.line, { label, kind, text: a.text, who: a.who }, a.when, a.status);
        if (item) current().content.push(item);
      }
      if (kind === 'afspraak') note(u.line, 'action-table', { count: t.actions.length });
      continue;
    }
    const text = u.quote && !quoteDecisions ? `> ${u.text.text}` : u.text.text;
    // "- eigenaar: VNG", "Wanneer: 1 juni" under a labelled block: its attribute, not a bullet of its own.
    const attr = ATTRIBUTE_LINE.exec(text);
    if (previous && attr) {
      const key = attr[1]!.toLowerCase();
      const value = attr[2]!.trim();
      const owners = previous.attributes.find((a) => a.key === 'eigenaar')?.value ?? '';
      if (/^(?:wanneer|termijn|deadline|gereed|uiterlijk)$/.test(key)) applyWhoWhen(previous, owners, value, '');
      else if (key === 'status') applyWhoWhen(previous, owners, '', value);
      else if (!/^(?:id|kenmerk)$/.test(key)) applyWhoWhen(previous, [owners, value].filter(Boolean).join(', '), '', '');
      lastLabelled = previous;
      continue;
    }
    const list = u.listLabel ?? sectionLabel;
    const above = current().content.at(-1);
    // "Aangenomen.", "Conform." after an item of a besluitenlijst: the item above is the decision.
    if (OUTCOME_TAKEN.test(text.trim()) && above?.type === 'item' && !above.label && /[.!)]$/.test(above.text) && !list) {
      above.label = canonicalLabel('Besluit', 'besluit', registry.labels);
      above.bullet = true;
      above.number = null;
      unpropose(above);
      current().content.push(plain(u, text, 0, u.bullet, u.number, false));
      continue;
    }
    if (OUTCOME_NOT.test(text.trim())) {
      current().content.push(plain(u, text, 0, u.bullet, u.number, false));
      continue;
    }
    let m = recognizeLabel(text, registry.labels);
    if (m && m.kind !== 'besluit' && above?.type === 'item' && ownersOnly(m.text.replace(/[.;]$/, ''))) {
      if (!above.label) {
        above.label = canonicalLabel('Actiepunt', 'afspraak', registry.labels);
        above.bullet = true;
      }
      applyWhoWhen(above, [above.attributes.find((a) => a.key === 'eigenaar')?.value, m.text.replace(/[.;]$/, '')].filter(Boolean).join(', '), '', '');
      unpropose(above);
      lastLabelled = above;
      continue;
    }
    if (!m && u.quote && quoteDecisions) m = { label: canonicalLabel('Besluit', 'besluit', registry.labels), kind: 'besluit', text, who: null };
    if (!m && list) {
      const kind = kindOf.get(list.toLowerCase()) ?? 'afspraak';
      m = { label: canonicalLabel(list, kind, registry.labels), kind, text, who: null };
    }
    // A bullet or list item is one block; in a paragraph a block ends where its sentence ends.
    if (m && (u.bullet || list || (u.quote && quoteDecisions))) {
      const item = labelled(u.line, m);
      if (item) current().content.push(item);
      lastLabelled = item;
      continue;
    }
    const pieces = sentenceBlocks(text, registry.labels, index, opts.decisionList);
    if (!pieces.some((p) => p.type === 'block')) {
      current().content.push(plain(u, text, 0, u.bullet, u.number));
      continue;
    }
    pieces.forEach((p, i) => {
      const line = lineAt(u.text, p.start);
      if (p.type === 'plain') {
        current().content.push(plain(u, p.text, p.start, i === 0 && u.bullet, i === 0 ? u.number : null));
        return;
      }
      const before = current().content.at(-1);
      // "… gedeeld. Actie: COA.": the sentence before is the action, the label only names who.
      if (p.match.kind !== 'besluit' && i > 0 && before?.type === 'item' && !before.label && ownersOnly(p.match.text.replace(/[.;]$/, ''))) {
        before.label = canonicalLabel('Actiepunt', 'afspraak', registry.labels);
        before.bullet = true;
        applyWhoWhen(before, p.match.text.replace(/[.;]$/, ''), '', '');
        unpropose(before);
        lastLabelled = before;
        return;
      }
      const item = labelled(line, p.match);
      if (item) current().content.push(item);
      lastLabelled = item;
    });
  }
  if (sections[0]!.content.length === 0) sections.shift();
  return { sections, candidates, people };
}

/** The outcome under an item of a besluitenlijst: taken, so the item is a decision … */
const OUTCOME_TAKEN = /^(?:aangenomen|conform(?:\s+(?:besloten|voorstel|advies))?|vastgesteld|ingestemd|overgenomen|akkoord)\.?$/i;
/** … or not taken: the item is no decision. */
const OUTCOME_NOT = /^(?:aangehouden|verworpen|ingetrokken|uitgesteld|niet aangenomen|geen besluit)\.?$/i;

const ATTRIBUTE_LINE = /^(wie|eigenaars?|eigenaren|actiehouder|trekker|verantwoordelijke?|wanneer|termijn|deadline|gereed|uiterlijk|status|id|kenmerk)\s*:\s*(.*)$/i;

/** "Wie: VNG. Wanneer: 1 juni." written after the text of an action: taken out as owner and deadline. */
function splitWhoWhen(text: string): { text: string; who: string; when: string } {
  let t = text;
  let who = '';
  let when = '';
  const w = /\s*\b(?:wanneer|termijn|deadline|gereed|uiterlijk)\s*:\s*([^;]+?)[.;]?\s*$/i.exec(t);
  if (w) {
    when = w[1]!.trim();
    t = t.slice(0, w.index);
  }
  const o = /\s*\b(?:wie|eigenaar|actiehouder|trekker)\s*:\s*([^.;]+?)[.;]?\s*$/i.exec(t);
  if (o) {
    who = o[1]!.trim();
    t = t.slice(0, o.index);
  }
  return { text: t.trim(), who, when };
}

function setAttribute(item: DraftItem, key: DraftItem['attributes'][number]['key'], value: string): void {
  const at = item.attributes.findIndex((a) => a.key === key);
  if (!value) return;
  if (at >= 0) item.attributes[at]!.value = value;
  else {
    item.attributes.push({ key, value });
    const order = ['eigenaar', 'termijn', 'status'];
    item.attributes.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  }
}
