import type { Diagnostic } from '../schema/diagnostic.js';

const SEVERITY_PREFIX: Record<Diagnostic['severity'], string> = { error: '', warning: 'waarschuwing: ', info: 'ter informatie: ' };

/** `file:line:column  message  [rule]`, one per line, as editors and people read it. */
export function formatText(list: Diagnostic[]): string {
  return list
    .map((d) => `${d.file}:${d.line}:${d.column}  ${SEVERITY_PREFIX[d.severity]}${d.message}  [${d.rule}]`)
    .join('\n');
}

/** GitHub workflow commands: each becomes an annotation on the pull request's changed line. */
export function formatGithub(list: Diagnostic[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return list
    .map((d) => `::${d.severity === 'info' ? 'notice' : d.severity} file=${prop(d.file)},line=${d.line},col=${d.column},title=${prop(d.rule)}::${esc(d.message)}`)
    .join('\n');
}

export function summary(list: Diagnostic[], files: number): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.filter((d) => d.severity === 'warning').length;
  const infos = list.filter((d) => d.severity === 'info').length;
  // Proposals are counted apart, and only when there are any: they are no problem.
  const proposals = infos ? `; ${infos} ${infos === 1 ? 'voorstel' : 'voorstellen'} ter informatie` : '';
  return `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}${proposals}.`;
}
