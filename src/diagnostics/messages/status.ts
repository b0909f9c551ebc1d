import type { Rule } from '../rule.js';

const n = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

/**
 * What a command says when it is done: not a problem, a report of what it wrote and what to do
 * next. Printed as text alone (ruleMessage), never with a file or a rule id.
 */
export const statusRules = {
  'done-check': {
    severity: 'info',
    message: (p: { files: number; errors: number; warnings: number; infos: number }) =>
      // Proposals are counted apart, and only when there are any: they are no problem.
      `${n(p.files, 'bestand', 'bestanden')} gecontroleerd: ${n(p.errors, 'fout', 'fouten')}, ${n(p.warnings, 'waarschuwing', 'waarschuwingen')}` +
      `${p.infos ? `; ${n(p.infos, 'voorstel', 'voorstellen')} ter informatie` : ''}.`,
  },
  'done-build': {
    severity: 'info',
    message: (p: { out: string; pages: number; kb: string; agreements: number; meetings: number; asOf: string }) =>
      `Site gebouwd in ${p.out}/: ${p.pages} pagina's, ${p.kb} kB; ${p.agreements} afspraken en besluiten uit ${p.meetings} vergaderingen, stand ${p.asOf}.`,
  },
  'done-new': {
    severity: 'info',
    message: (p: { written: string | null; carried: number; late: number; previous: string | null }) =>
      `${p.written === null ? 'Verslag' : `Geschreven: ${p.written}`}; ${n(p.carried, 'openstaande afspraak', 'openstaande afspraken')} overgenomen, waarvan ${p.late} over de termijn` +
      `${p.previous ? `; aanwezigen uit het verslag van ${p.previous}` : ''}. Vul het verslag aan en voer daarna "lrt check" uit.`,
  },
  'done-new-changes': {
    severity: 'info',
    message: (p: { closed: number; proposed: number; overdue: number; agreed: number }) =>
      `Sinds de vorige vergadering: ${p.closed} afgerond of vervallen, ${p.proposed} voorgesteld om af te doen, ${p.overdue} over de termijn geraakt, ${p.agreed} nieuw afgesproken.`,
  },
  'done-new-broken': {
    severity: 'info',
    message: (p: { count: number }) =>
      `Let op: de bestaande bestanden bevatten ${n(p.count, 'fout', 'fouten')}; wat daardoor niet gelezen kon worden, is niet overgenomen. Voer "lrt check" uit.`,
  },
  'done-confirm': {
    severity: 'info',
    message: (p: { path: string; id: string; status: string; source: string; proposed: boolean }) =>
      `Geschreven: ${p.path} (${p.id} ${p.status}, bron ${p.source})${p.proposed ? '' : '; let op: deze plaats stond niet tussen de voorstellen'}. Voer "lrt check" uit en neem het bestand op in het pull request.`,
  },
  'done-ids': {
    severity: 'info',
    message: (p: { count: number }) => `${n(p.count, 'kenmerk', 'kenmerken')} geschreven.`,
  },
  'done-import': {
    severity: 'info',
    message: (p: { output: string | null; blocks: number; candidates: number; notes: number }) =>
      `${p.output ? `Concept geschreven naar ${p.output}` : 'Concept gemaakt'}: ${n(p.blocks, 'gelabeld blok', 'gelabelde blokken')}, ` +
      `${p.candidates} mogelijke ${p.candidates === 1 ? 'afspraak' : 'afspraken'} zonder label, ${n(p.notes, 'aandachtspunt', 'aandachtspunten')}. ` +
      `Controleer het daarna met: lrt check ${p.output ?? '<bestand>'}`,
  },
  'done-import-folder': {
    severity: 'info',
    message: (p: { written: number; files: number; outDir: string }) =>
      `${p.written} van ${p.files} bestanden overgenomen in ${p.outDir}/. Controleer de concepten met: lrt check ${p.outDir}`,
  },
  'done-import-people': {
    severity: 'info',
    message: (p: { count: number; path: string }) =>
      `${n(p.count, 'persoon', 'personen')} als eigenaar genoemd en nog niet bekend: voorstel in ${p.path}. Controleer de organisatie en neem de regels over in data/people.yaml.`,
  },
  'done-import-people-header': {
    severity: 'info',
    message: () =>
      '# Voorstel voor data/people.yaml: personen die als eigenaar genoemd worden. Niet openbaar (Woo art. 5.1.2e);\n' +
      '# alleen hun organisatie verschijnt in register en site. Vul de organisatie in, voeg zo nodig schrijfwijzen toe.',
  },
  'done-import-body-added': {
    severity: 'info',
    message: (p: { code: string; slug: string }) =>
      `Nieuw overleg toegevoegd aan data/bodies.yaml: ${p.code} (kenmerken beginnen met "${p.slug}-"). Pas de naam daar zo nodig aan.`,
  },
  'done-schema': {
    severity: 'info',
    message: () => "Schema's geschreven naar docs/schema/ en veldtabellen bijgewerkt in docs/handleiding-secretariaat.md.",
  },
} satisfies Record<string, Rule<any>>;
