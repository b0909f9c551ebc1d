import type { Agreement, Register } from '../schema/register.js';
import type { Organisation } from '../schema/registry.js';
import { formatDateNl } from './formatDateNl.js';

export interface OwnerGroup {
  code: string;
  name: string;
  agreements: Agreement[];
  overdue: number;
}

/** Open and ongoing agreements per owner, overdue first, then by deadline: the reviewers' list. */
export function openByOwner(register: Register, organisations: Organisation[], owner?: string): OwnerGroup[] {
  const open = register.agreements.filter((a) => a.status === 'open' || a.status === 'loopt');
  const groups = new Map<string, Agreement[]>();
  for (const a of open) for (const code of a.owners.length ? a.owners : ['—']) {
    if (owner && code.toLowerCase() !== owner.toLowerCase()) continue;
    groups.set(code, [...(groups.get(code) ?? []), a]);
  }
  const byDeadline = (x: Agreement, y: Agreement) =>
    Number(y.overdue) - Number(x.overdue) || (x.deadline.date ?? '9999').localeCompare(y.deadline.date ?? '9999') || x.id.localeCompare(y.id);
  return [...groups.entries()]
    .map(([code, list]) => ({
      code,
      name: organisations.find((o) => o.code === code)?.naam ?? (code === '—' ? 'Zonder eigenaar' : code),
      agreements: list.sort(byDeadline),
      overdue: list.filter((a) => a.overdue).length,
    }))
    .sort((a, b) => b.overdue - a.overdue || a.code.localeCompare(b.code));
}

/** The list as Markdown, ready to paste into the next agenda. */
export function openListMarkdown(register: Register, organisations: Organisation[], owner?: string): string {
  const groups = openByOwner(register, organisations, owner);
  const total = new Set(groups.flatMap((g) => g.agreements.map((a) => a.id)));
  const late = new Set(groups.flatMap((g) => g.agreements.filter((a) => a.overdue).map((a) => a.id)));
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [
    `# Openstaande afspraken${owner ? ` van ${owner}` : ' per eigenaar'}, stand ${formatDateNl(register.asOf)}`,
    '',
    `${total.size} open, waarvan ${late.size} over de termijn.`,
  ];
  if (groups.length === 0) out.push('', 'Geen openstaande afspraken.');
  for (const g of groups) {
    out.push('', `## ${g.code} — ${g.name} (${g.agreements.length} open${g.overdue ? `, ${g.overdue} over de termijn` : ''})`, '');
    out.push('| Kenmerk | Afspraak | Termijn | Status | Vergadering |', '|---|---|---|---|---|');
    for (const a of g.agreements) {
      const deadline = a.deadline.date
        ? `${a.overdue ? '**' : ''}${formatDateNl(a.deadline.date)}${a.overdue ? ' (over de termijn)**' : ''} — “${a.deadline.text}”`
        : 'geen termijn';
      const item = a.agendaItem ? `, ${a.agendaItem.number ? `agendapunt ${a.agendaItem.number}` : a.agendaItem.title}` : '';
      const maybe = a.suggestions[0] ? ` — _mogelijk afgedaan in ${a.suggestions[0].source.file}:${a.suggestions[0].source.line}_` : '';
      const confirmed = a.confirmed ? ` _(${a.confirmed.note})_` : '';
      out.push(`| ${a.id} | ${cell(a.text)}${a.ownersInferred ? ' _(eigenaar afgeleid)_' : ''}${confirmed}${cell(maybe)} | ${cell(deadline)} | ${a.status} | ${a.meeting.body} ${formatDateNl(a.meeting.date)}${cell(item)} |`);
    }
  }
  return out.join('\n') + '\n';
}
