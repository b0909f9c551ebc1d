import type { Rule } from '../rule.js';

/** Follow-ups found or withdrawn, bounds on what is read, the output folder, and I/O errors in Dutch. */
export const safetyRules = {
  // Follow-ups: decisions replaced or withdrawn, closures proposed, follow-ups found (issue 13).
  'lifecycle-self': {
    severity: 'error',
    message: (p: { key: string; value: string }) => `"${p.key}: ${p.value}" verwijst naar dit besluit zelf. Vul het kenmerk in van het eerdere besluit dat dit besluit ${p.key === 'vervangt' ? 'vervangt' : 'intrekt'}.`,
  },
  'lifecycle-not-decision': {
    severity: 'error',
    message: (p: { key: string; value: string }) =>
      `"${p.key}: ${p.value}": alleen een besluit kan een eerder besluit vervangen of intrekken. Zet "${p.key}:" onder een regel die met "Besluit:" begint en verwijs naar een besluit; een afspraak die niet meer geldt, zet u op vervallen (- vervolg op: … met - status: vervallen).`,
  },
  'lifecycle-not-earlier': {
    severity: 'error',
    message: (p: { key: string; value: string; date: string }) => `"${p.key}: ${p.value}": dat besluit is van ${p.date}, later dan dit besluit. Een besluit kan alleen een eerder besluit vervangen of intrekken; controleer het kenmerk.`,
  },
  'closure-evidence-missing': {
    severity: 'warning',
    message: (p: { id: string }) =>
      `Dit afdoeningsvoorstel voor ${p.id} zegt niet waaruit blijkt dat de afspraak is uitgevoerd. Voeg in het kopblok "stuk: <kenmerk van het stuk>" of "link: https://…" toe, zodat de tafel het kan nagaan.`,
  },
  'closure-document-unknown': {
    severity: 'warning',
    message: (p: { value: string }) =>
      `Er is geen stuk met kenmerk "${p.value}" in agreements/. Zet het stuk erbij (soort: stuk) of verwijs met "link: https://…" naar waar het staat.`,
  },
  'followup-suggested': {
    severity: 'info',
    message: (p: { id: string; text: string; score: string; where: string }) =>
      `Dit lijkt een vervolg op ${p.id} ("${p.text}"; score ${p.score}). Klopt dat, zet dan "- vervolg op: ${p.id}" onder deze regel, of voer uit: lrt bevestig ${p.id} ${p.where}`,
  },
  // Safety: bounds on what is read, files that are not files, and the build's own failures (disk, lock, output folder).
  'frontmatter-too-large': {
    severity: 'error',
    message: (p: { max: number }) =>
      `Het kopblok is groter dan ${p.max} kB en wordt daarom niet gelezen. Een kopblok heeft alleen orgaan, datum, status, aanwezigen en agenda: zet lange tekst onder het kopblok.`,
  },
  'frontmatter-too-many-entries': {
    severity: 'error',
    message: (p: { count: number; max: number }) =>
      `Het kopblok heeft ${p.count} velden en lijstregels; meer dan ${p.max} wordt niet gelezen. Controleer of hier per ongeluk een hele tekst of tabel in het kopblok is geplakt.`,
  },
  'path-not-regular': {
    severity: 'error',
    message: (p: { path: string; kind: string }) => `${p.path} is ${p.kind}, geen gewoon bestand of map, en wordt niet gelezen. Geef een Markdown-bestand (.md) of een map met verslagen op.`,
  },
  'file-not-regular': {
    severity: 'warning',
    message: (p: { kind: string }) => `Overgeslagen: dit is geen gewoon bestand maar ${p.kind}. Alleen gewone Markdown-bestanden worden gelezen.`,
  },
  // lrt build's output folder: never a folder it did not build, never two builds at once.
  'output-is-file': {
    severity: 'error',
    message: (p: { path: string; what: string }) => `De uitvoermap ${p.path} is ${p.what}, geen map. lrt build overschrijft die niet: kies met -o een nieuwe of lege map, bijvoorbeeld _site.`,
  },
  'output-holds-project': {
    severity: 'error',
    message: (p: { path: string; what: string }) =>
      `De uitvoermap ${p.path} is ${p.what}. lrt build vervangt de uitvoermap in zijn geheel en zou zo bestanden wissen die het niet zelf maakte: kies met -o een eigen map, bijvoorbeeld _site.`,
  },
  'output-in-sources': {
    severity: 'error',
    message: (p: { path: string; folder: string }) =>
      `De uitvoermap ${p.path} is of ligt in ${p.folder}, waar bronbestanden van het project staan. Kies met -o een eigen map buiten ${p.folder}, bijvoorbeeld _site.`,
  },
  'output-not-built-by-lrt': {
    severity: 'error',
    message: (p: { path: string; marker: string }) =>
      `De uitvoermap ${p.path} is niet leeg en is niet door lrt build gemaakt (het bestand ${p.marker} ontbreekt). lrt build vervangt de uitvoermap in zijn geheel en wist niets wat het niet zelf maakte: kies met -o een nieuwe of lege map, of maak deze map eerst zelf leeg.`,
  },
  'output-old-site': {
    severity: 'error',
    message: (p: { path: string; marker: string }) =>
      `De uitvoermap ${p.path} lijkt een site van een eerdere versie van lrt, maar mist het merkbestand ${p.marker} dat zegt dat lrt hem bouwde. Kijk of er niets anders in staat, verwijder de map eenmalig (rm -r ${p.path}) en bouw opnieuw; daarna vervangt lrt build hem zelf.`,
  },
  'build-locked': {
    severity: 'error',
    message: (p: { path: string; pid: string; lock: string }) =>
      `Er loopt al een lrt build naar ${p.path} (proces ${p.pid}). Wacht tot die klaar is en bouw dan opnieuw. Loopt er zeker geen build meer, verwijder dan ${p.lock}.`,
  },
  // Reading or writing failed for a reason outside lrt (errno codes), said in Dutch with the path.
  'io-no-space': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `De schijf is vol (of het quotum is op): ${p.path} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.${p.after}`,
  },
  'io-read-only': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `${p.path} staat op een schijf die alleen gelezen kan worden. Kies een map waarin geschreven mag worden (met -o), of maak de schijf beschrijfbaar.${p.after}`,
  },
  'io-permission': {
    severity: 'error',
    message: (p: { path: string; verb: string; after: string }) => `Geen toestemming om ${p.path} te ${p.verb}. Controleer de rechten van deze map of dit bestand, of kies een andere map.${p.after}`,
  },
  'io-too-many-files': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `Te veel bestanden tegelijk open bij ${p.path}. Sluit andere programma's of verhoog de limiet (ulimit -n) en probeer het opnieuw.${p.after}`,
  },
  'io-device': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `De schijf gaf een lees- of schrijffout bij ${p.path}. Controleer de schijf (of de netwerkverbinding) en probeer het opnieuw.${p.after}`,
  },
  'io-busy': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `${p.path} is in gebruik door een ander programma of niet leeg. Sluit dat programma (een webserver, verkenner, editor) en probeer het opnieuw.${p.after}`,
  },
} satisfies Record<string, Rule<any>>;
