import type { Rule } from '../rule.js';

/** The command line and the edge, and the commands' own refusals. */
export const commandsRules = {
  // ---- the command line and the edge (issue 11): what used to be thrown or printed as loose text.
  'cli-option-unknown': {
    severity: 'error',
    message: (p: { option: string }) => `Onbekende optie ${p.option}.`,
    hint: () => 'Zie hieronder welke opties er zijn; staat de optie er wel, controleer dan de schrijfwijze.',
  },
  'cli-option-invalid': {
    severity: 'error',
    // node:util parseArgs's own text (English) for a value missing or given to a switch.
    message: (p: { detail: string }) => `Ongeldige optie: ${p.detail}`,
  },
  'cli-command-unknown': {
    severity: 'error',
    message: (p: { command: string }) => `Onbekende opdracht "${p.command}".`,
  },
  'as-of-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `--as-of: "${p.value}" is geen datum in de vorm JJJJ-MM-DD.`,
  },
  'path-not-found': {
    severity: 'error',
    message: (p: { paths: string }) => `Niet gevonden: ${p.paths}`,
  },
  'format-unknown': {
    severity: 'error',
    message: (p: { format: string; allowed: string }) => `--format "${p.format}" bestaat niet; kies uit ${p.allowed}.`,
  },
  'data-invalid': {
    severity: 'error',
    message: (p: { at: string; detail: string }) => `Fout in dit gegevensbestand${p.at ? ` bij ${p.at}` : ''}: ${p.detail}`,
  },
  'git-base-ref-invalid': {
    severity: 'error',
    message: (p: { ref: string }) => `--base: "${p.ref}" is geen geldige naam van een versie in git.`,
  },
  'git-base-not-repository': {
    severity: 'error',
    message: (p: { cwd: string }) =>
      `--base werkt alleen in een git-repository, en ${p.cwd} is dat niet. Voer de controle uit in een kopie van de repository (git clone), of laat --base weg om alleen de bestanden zelf te controleren.`,
  },
  'git-base-ref-unknown': {
    severity: 'error',
    message: (p: { ref: string }) =>
      `De basis "${p.ref}" bestaat niet in deze repository. Controleer de naam (bijvoorbeeld origin/main of main) en haal hem zo nodig op met "git fetch origin"; in GitHub Actions moet actions/checkout "fetch-depth: 0" hebben.`,
  },
  'git-base-paths-outside': {
    severity: 'error',
    message: (p: { paths: string }) => `De paden ${p.paths} liggen niet in deze git-repository; --base kan ze niet vergelijken.`,
  },
  'git-missing': {
    severity: 'error',
    message: () => 'Het programma git is niet gevonden. Installeer git, of laat --base weg om alleen de bestanden zelf te controleren.',
  },
  'git-failed': {
    severity: 'error',
    // git's own output goes in the cause, for the maintainers.
    message: () => 'git gaf een onverwacht antwoord bij het lezen van de basisversie. Probeer het opnieuw; blijft dit, meld het dan aan het beheer.',
  },
  'build-as-of-mismatch': {
    severity: 'error',
    message: (p: { register: string; site: string }) => `Het register is opgebouwd per ${p.register}, de site per ${p.site}: bouw beide per dezelfde datum.`,
  },
  'site-name-not-public': {
    severity: 'error',
    message: (p: { count: number }) =>
      `Site niet gepubliceerd: een niet-openbare naam (Woo) zou op de site komen${p.count > 1 ? ` (${p.count} bestanden)` : ''}.`,
    hint: () => 'Vervang de naam in het verslag door de organisatie; zie de melding name-not-public van lrt check.',
  },
  'site-name-not-public-at': {
    severity: 'error',
    message: (p: { declaredAt: string }) => `naam die in ${p.declaredAt} als niet openbaar is gemarkeerd`,
  },
  'internal-search-before-index': {
    severity: 'error',
    message: () => 'Interne fout: de overzichten zijn gevraagd voordat de zoekindex is gemaakt. Meld dit aan het beheer.',
  },
  'internal-unexpected': {
    severity: 'error',
    // The process edge: whatever no command caught. The cause (and its stack under LRT_DEBUG=1) is for the maintainers.
    message: () => 'Er ging iets mis in het programma zelf. Meld dit aan het beheer, met de opdracht die u gaf; LRT_DEBUG=1 toont de technische details.',
  },
  // ---- the commands' own refusals (issue 11): arguments that cannot be used, files that would be overwritten.
  'confirm-arguments-missing': {
    severity: 'error',
    message: () => 'Geef het kenmerk van de afspraak en de plaats van het vervolg (bestand:regel).',
  },
  'confirm-status-invalid': {
    severity: 'error',
    message: (p: { status: string }) => `--status "${p.status}" kan hier niet; kies afgerond (standaard) of loopt.`,
  },
  'confirm-agreement-unknown': {
    severity: 'error',
    message: (p: { id: string }) => `Er is geen afspraak met kenmerk "${p.id}". Zie lrt open voor de openstaande afspraken.`,
  },
  'confirm-passage-missing': {
    severity: 'error',
    message: (p: { file: string; line: number }) =>
      `In ${p.file} staat op regel ${p.line} geen tekst van een verslag of stuk die een vervolg kan zijn. Neem de plaats over uit lrt check of lrt open.`,
  },
  'confirm-passage-earlier': {
    severity: 'error',
    message: (p: { date: string; meeting: string }) => `Deze plaats is van ${p.date}, vóór de afspraak (${p.meeting}); een vervolg komt erna.`,
  },
  'confirm-file-exists': {
    severity: 'error',
    message: (p: { path: string }) => `${p.path} bestaat al; "lrt bevestig" overschrijft nooit een bestand. Kijk of dit vervolg al is vastgelegd.`,
  },
  'import-arguments-missing': {
    severity: 'error',
    message: () => 'Geef een bestand of een map op.',
  },
  'import-date-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `--datum: "${p.value}" is geen datum in de vorm JJJJ-MM-DD.`,
  },
  'import-folder-empty': {
    severity: 'warning',
    message: (p: { kinds: string }) => `Geen bestanden om over te nemen (${p.kinds}).`,
  },
  'import-kind-unknown': {
    severity: 'error',
    message: () => 'Dit soort bestand kan lrt import niet lezen. Gebruik PDF, Word (.docx), HTML, Markdown of tekst.',
  },
  'new-arguments-missing': {
    severity: 'error',
    message: () => 'Geef het overleg en de vergaderdatum op.',
  },
  'new-date-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `"${p.value}" is geen bestaande datum in de vorm JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2026-01-15.`,
  },
  'new-body-unknown': {
    severity: 'error',
    message: (p: { value: string; allowed: string }) => `Onbekend overleg "${p.value}". Kies uit: ${p.allowed} (of voeg het toe aan data/bodies.yaml).`,
  },
  'new-file-exists': {
    severity: 'error',
    message: (p: { path: string }) =>
      `${p.path} bestaat al. "lrt new" overschrijft nooit een bestaand verslag; kies een andere naam met -o of haal het bestaande bestand eerst weg.`,
  },
  'new-meeting-exists': {
    severity: 'error',
    message: (p: { body: string; date: string }) => `Er is al een verslag van de ${p.body} van ${p.date}.`,
  },
  'open-owner-unknown': {
    severity: 'error',
    message: (p: { value: string; suggestion?: string; allowed: string }) =>
      `Onbekende eigenaar "${p.value}".${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Kies uit: ${p.allowed}.`,
  },
  'open-within-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `--binnen "${p.value}": geef een aantal dagen, bijvoorbeeld --binnen 14.`,
  },
  'build-stopped': {
    severity: 'error',
    message: () => 'Site niet gebouwd: los eerst de fouten hierboven op.',
  },
  'import-owner-person': {
    severity: 'info',
    message: (p: { value: string; org?: string }) =>
      `Eigenaar "${p.value}" is een persoon${p.org ? ` (${p.org})` : ''}: overgenomen als eigenaar, niet openbaar. Bevestig de persoon in data/people.yaml (voorstel hieronder)${p.org ? '' : ' met de organisatie waar hij of zij bij hoort'}; tot dan geeft lrt check een waarschuwing.`,
  },
} satisfies Record<string, Rule<any>>;
