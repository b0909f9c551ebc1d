import type { Diagnostic } from '../schema/diagnostic.js';

/** `file:line:column  message  [rule]`, one per line, as editors and people read it. */
export function formatText(list: Diagnostic[]): string {
  return list
    .map((d) => `${d.file}:${d.line}:${d.column}  ${d.severity === 'warning' ? 'waarschuwing: ' : ''}${d.message}  [${d.rule}]`)
    .join('\n');
}

/** GitHub workflow commands: each becomes an annotation on the pull request's changed line. */
export function formatGithub(list: Diagnostic[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return list
    .map((d) => `::${d.severity === 'warning' ? 'warning' : 'error'} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.rule)}::${esc(d.message)}`)
    .join('\n');
}

export function summary(list: Diagnostic[], files: number): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  return `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`;
}
