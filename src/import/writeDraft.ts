import type { Draft, DraftItem, DraftTable } from './model.js';
import { yamlScalar } from './yamlScalar.js';

/**
 * The draft as a minutes file in the project's format: front matter (status concept, guessed
 * values with a YAML comment saying where they came from), then "## " per agenda item with its
 * bullets. Labelled blocks get their attributes as sub-bullets; no ids (`lrt ids` writes them).
 */
export function writeDraft(draft: Draft): string {
  const h = draft.header;
  const out: string[] = ['---'];
  const comment = (key: keyof typeof h.comments) => (h.comments[key] ? `  # ${h.comments[key]}` : '');
  out.push(`orgaan: ${yamlScalar(h.orgaan)}${comment('orgaan')}`);
  out.push(`datum: ${h.datum}${comment('datum')}`);
  out.push('status: concept');
  if (h.voorzitter) out.push(`voorzitter: ${yamlScalar(h.voorzitter)}${comment('voorzitter')}`);
  out.push(...list('aanwezig', h.aanwezig));
  const absent = list('afwezig', h.afwezig);
  absent[0] += comment('afwezig');
  out.push(...absent);
  const headings = draft.sections.flatMap((s) => (s.heading ? [s.heading] : []));
  out.push(...list('agenda', headings));
  out.push('---');

  for (const section of draft.sections) {
    if (section.heading) out.push('', `## ${section.heading}`);
    let previous: 'list' | 'block' | null = null;
    for (const c of section.content) {
      const kind = c.type === 'item' && c.bullet ? 'list' : 'block';
      // Blank lines between paragraphs and around lists, so Markdown keeps them apart.
      if (previous === null || kind === 'block' || previous === 'block') out.push('');
      out.push(...(c.type === 'table' ? writeTable(c) : writeItem(c)));
      previous = kind;
    }
  }
  return `${out.join('\n')}\n`;
}

function list(key: string, values: string[]): string[] {
  return values.length === 0 ? [`${key}: []`] : [`${key}:`, ...values.map((v) => `  - ${yamlScalar(v)}`)];
}

function writeItem(item: DraftItem): string[] {
  const label = item.label ? `${item.label}: ` : '';
  const number = !item.label && item.number ? `${item.number}. ` : '';
  const text = `${number}${label}${item.text}`;
  const lines = [item.bullet || item.label ? `- ${escapeStart(text)}` : escapeStart(text)];
  const indent = item.bullet || item.label ? '  ' : '';
  for (const a of item.attributes) lines.push(`${indent}- ${a.key}: ${a.value}`);
  for (const c of item.comments) lines.push(`${indent}<!-- ${c.replace(/--+>?/g, '–')} -->`);
  return lines;
}

function writeTable(t: DraftTable): string[] {
  return t.lines;
}

/** Text that Markdown would read as a heading, list, quote or rule at the start of a line is escaped. */
function escapeStart(text: string): string {
  return text.replace(/^(\d{1,9})([.)])(\s)/, '$1\\$2$3').replace(/^([#>+*=|-])/, '\\$1');
}
