import { RULES, type RuleId, type Severity } from '../diagnostics/messages.js';

const SEVERITY_NL: Record<Severity, string> = { error: 'fout', warning: 'waarschuwing', info: 'ter informatie' };

/**
 * A rule's text with each parameter shown as its name (‹value›), as the guide lists it: the
 * message a reader will see, with the variable parts marked.
 */
export function ruleTemplate(rule: RuleId): string {
  const placeholders = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `‹${key}›` : undefined) });
  const entry = RULES[rule] as { message: (p: unknown) => string; hint?: (p: unknown) => string };
  const hint = entry.hint?.(placeholders);
  return hint ? `${entry.message(placeholders)} ${hint}` : entry.message(placeholders);
}

/** Every rule of the catalogue as a Markdown table, in the catalogue's order: id, kind, text. */
export function ruleTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = (Object.keys(RULES) as RuleId[]).map((id) => `| \`${id}\` | ${SEVERITY_NL[RULES[id].severity]} | ${cell(ruleTemplate(id))} |`);
  return ['| Melding | Soort | Tekst |', '| --- | --- | --- |', ...rows].join('\n');
}
