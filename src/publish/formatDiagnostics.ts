import { ruleMessage } from '../diagnostics/messages.js';
import type { Diagnostic } from '../schema/diagnostic.js';

const SEVERITY_PREFIX: Record<Diagnostic['severity'], string> = { error: '', warning: 'waarschuwing: ', info: 'ter informatie: ' };

export interface FormatOptions {
  /** LRT_DEBUG=1: each diagnostic's cause (an exception's stack) under it, for the maintainers. */
  debug?: boolean;
}

/**
 * `file:line:column  message hint  [rule]`, one per line, as editors and people read it. A
 * diagnostic about no file (the command line, git) has no place in front.
 */
export function formatText(list: readonly Diagnostic[], options: FormatOptions = {}): string {
  return list.map((d) => formatOne(d, options)).join('\n');
}

export function formatOne(d: Diagnostic, options: FormatOptions = {}): string {
  const where = d.file ? `${d.file}:${d.line}:${d.column}  ` : '';
  const line = `${where}${SEVERITY_PREFIX[d.severity]}${fullMessage(d)}  [${d.rule}]`;
  return options.debug && d.cause !== undefined ? `${line}\n${indent(causeText(d.cause))}` : line;
}

/** The message with its hint, as one sentence group. */
export function fullMessage(d: Diagnostic): string {
  return d.hint ? `${d.message} ${d.hint}` : d.message;
}

/** An exception's stack (with its own causes), or the text kept as the cause. */
export function causeText(cause: Error | string): string {
  if (typeof cause === 'string') return cause;
  const parts = [cause.stack ?? `${cause.name}: ${cause.message}`];
  let inner: unknown = cause.cause;
  for (let depth = 0; inner !== undefined && depth < 5; depth++) {
    parts.push(`veroorzaakt door: ${inner instanceof Error ? (inner.stack ?? inner.message) : String(inner)}`);
    inner = inner instanceof Error ? inner.cause : undefined;
  }
  return parts.join('\n');
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

/** GitHub workflow commands: each becomes an annotation on the pull request's changed line. */
export function formatGithub(list: readonly Diagnostic[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return list
    .map((d) => `::${d.severity === 'info' ? 'notice' : d.severity} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.rule)}::${esc(fullMessage(d))}`)
    .join('\n');
}

export function summary(list: Diagnostic[], files: number): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.filter((d) => d.severity === 'warning').length;
  const infos = list.filter((d) => d.severity === 'info').length;
  return ruleMessage('done-check', { files, errors, warnings, infos });
}
