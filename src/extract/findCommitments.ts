import type { AgreementKind } from '../schema/registry.js';
import type { OrganisationIndex } from './organisationIndex.js';
import { normalizeForMatch } from './normalize.js';

/** A sentence that reads like an agreement, decision or promise but carries no label. */
export interface Commitment {
  /** The sentence as written. */
  text: string;
  /** Offset of the sentence in the text given. */
  start: number;
  /** The kind its label would give: afspraak (Afspraak, Actiepunt), besluit, toezegging. */
  kind: AgreementKind;
}

/**
 * Finds unlabelled commitments in running text: "MVRO zal bilateraal in gesprek gaan met …",
 * "JenV gaat bezien of …", "wordt door IPO … uitgewerkt", "Het verslag wordt aangepast",
 * "X zegt toe …", "Afgesproken wordt dat …". Precision first: the secretariat sees each hit as
 * a warning or a candidate, so descriptions ("VNG spreekt zorg uit"), expectations ("zal naar
 * verwachting"), conditions ("Indien …, zal VNG …") and subordinate clauses are left alone.
 */
export function findCommitments(text: string, index: OrganisationIndex): Commitment[] {
  const out: Commitment[] = [];
  for (const s of splitSentences(text)) {
    const kind = commitmentKind(s.text, index);
    if (kind) out.push({ text: s.text, start: s.start, kind });
  }
  return out;
}

const AGREED =
  /\b(?:afgesproken\s+(?:wordt|is|werd)|(?:wordt|is|werd)\s+(?:er\s+)?afgesproken|spreken\s+af|spreekt\s+af|spraken\s+af|komen\s+overeen|kwamen\s+overeen|(?:wordt|is)\s+overeengekomen|afspraak\s+is\s+dat)\b/i;
const AS_AGREED = /\b(?:zoals|eerder|eerdere?)\b[^;]*\bafgesproken\b/i;
const DECIDED =
  /\b(?:besloten\s+(?:wordt|is|werd)|(?:wordt|is|werd)\s+(?:er\s+)?besloten|stem(?:t|men)\s+in\s+met|(?:gaat|gaan)\s+akkoord\s+met)\b|(?<!\b(?:het|een|dit|dat|geen|dergelijk|zo'n)\s)\bbesl(?:uit|uiten|oot|oten)\s+(?:om|dat|tot)\b/i;
/** Decisions written as prose: a mandate, an acceptance, the chair's conclusion, "is akkoord met". */
const PROSE_DECISION =
  /\b(?:is|zijn|wordt|worden)\s+gemandateerd\b|\b(?:wordt|worden)\s+(?:door\s+(?:de\s+|het\s+)?\S+\s+)?(?:geaccepteerd|aangenomen)\b|\bvoorzitter\s+concludeert\s+dat\b|\b(?:is|zijn)\s+akkoord\s+(?:met|voor)\b/i;
const PROMISED = /\b(?:zegt|zeggen)\b[^;]*\btoe\b|\b(?:heeft|hebben|wordt|worden)\b[^;]*\btoegezegd\b/i;
/** A decision or agreement reported from an earlier meeting: "In de vorige vergadering is besloten …", "In december besloot de LRT …". */
const REPORTED =
  /\b(?:besloot|besloten\s+(?:zij|wij|we)|werd\s+(?:er\s+)?(?:besloten|afgesproken|toegezegd)|was\s+(?:besloten|afgesproken|toegezegd)|spraken\s+af|kwamen\s+overeen|zegde\s+toe)\b|\b(?:vorige|vorig|eerder|eerdere|destijds|afgelopen|toen)\b[^.;]*\b(?:besloten|afgesproken|toegezegd|besluit|afspraak)\b|\b(?:besloten|afgesproken|toegezegd)\b[^.;]*\b(?:vorige|eerder|destijds)\b/i;
/** "X geeft aan dat hij de uitkomsten met de stuurgroep zal delen": a speaker's own commitment, reported. */
const REPORTED_PROMISE =
  /\b(?:geeft|geven|gaf)\s+aan\s+dat\s+(?:hij|zij|ze|wij|we)\b[^,;]*\b(?:zal|zullen)\s+\p{L}+(?:en)?\s*[.!]?$|\b(?:laat|laten|meldt|melden)\s+(?:weten\s+)?dat\s+(?:hij|zij|ze|wij|we)\b[^,;]*\b(?:zal|zullen)\s+\p{L}+\s*[.!]?$/iu;
const CONDITIONAL = /^(?:indien|als|mocht|mochten|wanneer|tenzij|ingeval|in het geval)\b/i;
const HEDGE = /\b(?:naar verwachting|waarschijnlijk|wellicht|misschien|mogelijkerwijs|vermoedelijk|verwacht|verwachting|zou|zouden)\b/i;
const NEGATED_DECISION = /\b(?:geen|niet|nog niet)\s+(?:besloten|besluit)\b/i;

/** The kind of commitment one sentence expresses, or null. */
function commitmentKind(sentence: string, index: OrganisationIndex): AgreementKind | null {
  const s = normalizeForMatch(sentence).replace(/\s+/g, ' ').trim();
  if (s.endsWith('?') || CONDITIONAL.test(s) || REPORTED.test(s)) return null;
  if (/^akkoord\.?$/i.test(s)) return 'besluit';
  if (AGREED.test(s) && !AS_AGREED.test(s)) return 'afspraak';
  if ((DECIDED.test(s) || PROSE_DECISION.test(s)) && !NEGATED_DECISION.test(s)) return 'besluit';
  if (PROMISED.test(s)) return 'toezegging';
  if (REPORTED_PROMISE.test(s) && !HEDGE.test(s)) return 'afspraak';
  for (const clause of s.split(/;|:|,\s+(?:en|maar)\s+/)) {
    if (HEDGE.test(clause)) continue;
    const words = tokenize(clause);
    if (actorCommits(words, index) || passiveCommits(words, index)) return 'afspraak';
  }
  return null;
}

/**
 * The actor a text opens with ("BZK", "Het secretariaat", "De Staatssecretaris van JenV", "COA en
 * IPO"), as written, or null: who owns "… afgesproken dat het secretariaat …" or "komt JenV erop terug".
 */
export function actorAt(text: string, index: OrganisationIndex): string | null {
  const words = tokenize(normalizeForMatch(text));
  const n = actorLength(words, 0, index);
  if (n === 0) {
    // "De vertegenwoordiger van IPO", "De wethouder namens VNG": who acts for an organisation.
    const of = /^(?:de|het)?\s*\p{L}+\s+(?:van|namens)\s+(?:de|het)?\s*([^\s,.;:]+(?:\s+[^\s,.;:]+)?)/iu.exec(normalizeForMatch(text));
    const code = of ? (index.lookup(of[1]!) ? of[1]! : index.lookup(of[1]!.split(/\s+/)[0]!) ? of[1]!.split(/\s+/)[0]! : null) : null;
    return code;
  }
  const phrase = words.slice(0, n).map((x) => x.raw).join(' ').replace(/[,.;:]$/, '');
  const bare = phrase.replace(/^(?:de|het)\s+/i, '');
  return GENERIC_ACTORS.has(bare.toLowerCase()) && !index.lookup(bare) ? null : bare;
}

interface Word {
  raw: string;
  /** Lower case, quotes folded, surrounding punctuation removed. */
  w: string;
}

function tokenize(clause: string): Word[] {
  return (clause.match(/\S+/g) ?? []).map((raw) => ({
    raw,
    w: raw.toLowerCase().replace(/^[("'“‘[]+|[)"'”’\].,;:!?]+$/g, ''),
  }));
}

const SUBORDINATORS = new Set([
  'die', 'dat', 'wat', 'welke', 'waar', 'waarbij', 'waarin', 'waarmee', 'waarvan', 'waarop', 'waardoor', 'omdat', 'doordat',
  'zodat', 'als', 'indien', 'wanneer', 'of', 'hoe', 'terwijl', 'nadat', 'voordat', 'zodra', 'totdat', 'tenzij', 'mits',
  'opdat', 'hoewel', 'ofschoon', 'aangezien', 'zoals', 'om',
]);
const LEAD_ADVERBS = new Set([
  'ook', 'daarnaast', 'verder', 'tevens', 'en', 'dan', 'vervolgens', 'daarom', 'hiervoor', 'hierop', 'voorts', 'bovendien',
  'eveneens', 'daarna', 'nu', 'zelf',
]);
/** Actors that are no organisation code but do commit: "Het kabinet zal …", "De voorzitter gaat …". */
const GENERIC_ACTORS = new Set([
  'kabinet', 'rijk', 'voorzitter', 'wij', 'we', 'minister', 'ministers', 'staatssecretaris', 'secretariaat', 'partijen',
  'alle partijen', 'deelnemers', 'de deelnemers', 'leden', 'departementen', 'lrt', 'hlrt', 'prt', "prt's", 'regietafel',
  'tafel', 'overleg',
]);

/** How many words an actor takes at position i ("BZK", "De Staatssecretaris van JenV", "VNG en IPO", "(BZK)"), or 0. */
function actorLength(words: Word[], i: number, index: OrganisationIndex): number {
  const one = singleActor(words, i, index);
  if (!one) return 0;
  let n = one;
  // "VNG, VB en IPO zullen …": a list of actors is one subject.
  while (i + n < words.length) {
    const sep = words[i + n]!.w;
    const afterComma = words[i + n - 1]!.raw.endsWith(',');
    const skip = sep === 'en' || sep === '&' ? 1 : afterComma ? 0 : -1;
    if (skip < 0) break;
    const next = singleActor(words, i + n + skip, index);
    if (!next) break;
    n += skip + next;
  }
  // "De minister van Asiel en Migratie zal …": a title's complement of capitalised words.
  if (i + n + 1 < words.length && ['van', 'voor'].includes(words[i + n]!.w) && /^\p{Lu}/u.test(words[i + n + 1]!.raw)) {
    let k = i + n + 1;
    while (k < words.length && k - i - n <= 5 && (/^\p{Lu}/u.test(words[k]!.raw) || (words[k]!.w === 'en' && /^\p{Lu}/u.test(words[k + 1]?.raw ?? '')))) k++;
    n = k - i;
  }
  // A removed name after the organisation: "BZK (DGM) zal …".
  if (i + n < words.length && /^\([^)]*\)[,.]?$/.test(words[i + n]!.raw)) n++;
  return n;
}

const PHRASE_END = /[,;:)]$/;

function singleActor(words: Word[], i: number, index: OrganisationIndex): number {
  if (i >= words.length) return 0;
  let art = 0;
  if (['de', 'het'].includes(words[i]!.w)) art = 1;
  let max = Math.min(7, words.length - i - art);
  // Punctuation inside the phrase ends it: "BZK, VNG" is two actors, not one name. So the
  // phrase runs at most through the first word that ends in punctuation.
  for (let k = 0; k < max - 1; k++)
    if (PHRASE_END.test(words[i + art + k]!.raw)) {
      max = k + 1;
      break;
    }
  // The phrases of 1 … max words, each the one before and the next word.
  const joined: string[] = [];
  for (let n = 1; n <= max; n++) joined.push(n === 1 ? words[i + art]!.raw : `${joined[n - 2]} ${words[i + art + n - 1]!.raw}`);
  for (let n = max; n >= 1; n--) {
    const phrase = joined[n - 1]!.replace(/^[("'[]+|[)"'\],.;:!?]+$/g, '');
    if (!phrase) continue;
    if (GENERIC_ACTORS.has(phrase.toLowerCase()) || index.lookup(phrase)) return art + n;
  }
  // A person with an organisation: "Dhr. Jansen (VNG) zal …".
  const w0 = words[i]!.w;
  if (['dhr', 'mevr', 'mr', 'heer', 'mevrouw'].includes(w0)) {
    for (let k = i + 1; k < Math.min(words.length, i + 6); k++) {
      const m = /^\(([^)]+)\)[,.]?$/.exec(words[k]!.raw);
      if (m) return index.lookup(m[1]!) ? k - i + 1 : 0;
    }
  }
  return 0;
}

interface VerbRule {
  finite: RegExp;
  /** The rest of the clause after subject and verb must match this … */
  rest?: RegExp;
  /** … and must not match this. */
  restNot?: RegExp;
}

/** Finite verbs that, right after an organisation, make a commitment. Data, so it is easy to extend. */
const ACTOR_VERBS: VerbRule[] = [
  { finite: /^(?:zal|zullen)$/, restNot: /\b(?:moeten|kunnen|mogen|willen)\b|\b(?:zijn|hebben|blijven)\s*[.!]?$/ },
  { finite: /^(?:gaat|gaan)$/, restNot: /^(?:akkoord|ervan|uit|om|mee|verder|door|goed|niet|in op|over(?! tot))\b/ },
  { finite: /^(?:neemt|nemen)$/, rest: /\b(?:op zich|het initiatief|initiatief|contact op|mee)\b/ },
  { finite: /^(?:pakt|pakken)$/, rest: /\bop\b/ },
  { finite: /^(?:komt|komen)$/, rest: /\b(?:(?:hier|daar|er)op terug|terug op|terug bij|met (?:een|het) )/ },
  { finite: /^(?:zorgt|zorgen)$/, rest: /^(?:\S+\s+){0,3}?(?:voor|ervoor|dat)\b/ },
  { finite: /^(?:stuurt|sturen)$/, rest: /\b(?:rond|toe|na|door)\b/ },
  { finite: /^(?:werkt|werken|zoekt|zoeken)$/, rest: /\buit\b/ },
  { finite: /^(?:brengt|brengen)$/, rest: /\bin kaart\b/ },
  { finite: /^(?:legt|leggen)$/, rest: /\bvoor\b/ },
  { finite: /^(?:agendeert|agenderen|organiseert|organiseren|plant|plannen)$/ },
  { finite: /^(?:stelt|stellen)$/, rest: /\b(?:op|beschikbaar)\b/ },
  { finite: /^(?:levert|leveren)$/, rest: /\baan\b/ },
  { finite: /^(?:informeert|informeren)$/, restNot: /^naar\b/ },
  { finite: /^(?:deelt|delen)$/, rest: /\b(?:met|rond)\b/, restNot: /\b(?:zorg|zorgen|mening|opvatting|analyse|standpunt|inbreng|bezorgdheid|gevoel)\b/ },
  {
    finite: /^(?:bekijkt|bekijken|beziet|bezien|verkent|verkennen|onderzoekt|onderzoeken|inventariseert|inventariseren|toetst|toetsen|checkt)$/,
    rest: /^(?:\S+\s+){0,3}?(?:of|hoe|welke|wat|waar|wanneer|in hoeverre|in welke)\b/,
  },
];

/** "BZK zal …", "Daarnaast gaat JenV …", "IPO neemt het op zich …": an actor as subject of a committing verb. */
function actorCommits(words: Word[], index: OrganisationIndex): boolean {
  let i = 0;
  while (i < words.length && LEAD_ADVERBS.has(words[i]!.w)) i++;
  // Subject first: ACTOR VERB rest.
  const n = actorLength(words, i, index);
  if (n > 0 && i + n < words.length && verbFits(words[i + n]!.w, rest(words, i + n + 1))) return true;
  // Inverted: a short adverbial, then VERB ACTOR rest ("Volgende week stuurt BZK de lijst rond").
  for (let v = 1; v <= Math.min(5, words.length - 2); v++) {
    const before = words.slice(0, v);
    if (before.some((x) => SUBORDINATORS.has(x.w) || /,$/.test(x.raw))) return false;
    if (!ACTOR_VERBS.some((r) => r.finite.test(words[v]!.w))) continue;
    const m = actorLength(words, v + 1, index);
    if (m > 0 && verbFits(words[v]!.w, rest(words, v + 1 + m))) return true;
    return false;
  }
  return false;
}

function rest(words: Word[], from: number): string {
  return words.slice(from).map((x) => x.raw).join(' ').toLowerCase();
}

function verbFits(verb: string, after: string): boolean {
  return ACTOR_VERBS.some((r) => r.finite.test(verb) && (!r.rest || r.rest.test(after)) && !r.restNot?.test(after));
}

const PASSIVE_AUX = new Set(['wordt', 'worden', 'zal', 'zullen']);
const MODALS = new Set(['moeten', 'kunnen', 'mogen', 'willen', 'moet', 'kan', 'mag']);
/** Participles of planned work: "Het verslag wordt aangepast", "De brief zal worden verzonden". */
const PLANNED = new Set([
  'gepland', 'ingepland', 'geagendeerd', 'verzonden', 'verstuurd', 'rondgestuurd', 'toegestuurd', 'nagestuurd', 'doorgestuurd',
  'aangepast', 'opgesteld', 'uitgewerkt', 'uitgezocht', 'nagegaan', 'onderzocht', 'voorbereid', 'georganiseerd', 'opgepakt',
  'meegenomen', 'teruggekoppeld', 'voorgelegd', 'aangeleverd', 'geïnformeerd', 'bekeken', 'verkend', 'geïnventariseerd',
  'gedeeld', 'verspreid', 'vastgelegd', 'opgevraagd', 'uitgenodigd', 'benaderd', 'ingebracht', 'toegevoegd', 'opgenomen',
  'gebracht', 'uitgezet', 'geëvalueerd', 'bezien', 'ingediend', 'gemaild', 'nagevraagd', 'nagekeken', 'gecontroleerd',
  'afgestemd', 'opgevolgd', 'verwerkt', 'aangeschreven', 'gecommuniceerd', 'geregeld', 'opgestart', 'geactualiseerd', 'bijgewerkt',
  'aangevraagd', 'uitgevraagd', 'geconsulteerd', 'getoetst', 'beantwoord', 'opgepakt',
]);
/** Participles that report what was said: "wordt door VNG aangegeven" describes, it does not commit. */
const REPORTING = new Set([
  'aangegeven', 'gemeld', 'opgemerkt', 'gevraagd', 'benadrukt', 'toegelicht', 'gezegd', 'verzocht', 'gesteld', 'genoemd',
  'aangevuld', 'onderschreven', 'erkend', 'herkend', 'geconstateerd', 'gewezen', 'opgeroepen', 'voorgesteld', 'uitgesproken',
  'betoogd', 'geopperd', 'gesuggereerd', 'bevestigd', 'besproken', 'gedeeld',
  // Stances, not work: "wordt door VNG gedragen", "wordt door IPO ondersteund".
  'gedragen', 'gesteund', 'ondersteund', 'gezien', 'beschouwd', 'gewaardeerd', 'verwelkomd', 'begrepen', 'betreurd', 'ervaren',
  'gevoeld', 'omarmd', 'ontvangen',
]);

/** Words that put a passive in the future: "nog", "na het overleg", "volgende week", "voor de zomer". */
const TIME_MARKER =
  /\b(?:nog|na (?:het|de|afloop)\b|volgende|komende|binnenkort|spoedig|later|z\.s\.m|voor de (?:zomer|kerst|jaarwisseling|volgende)|na de zomer|begin|eind|uiterlijk|(?:voor|na|per) \d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))\b/;
/** A past participle: "geconsulteerd", "nagevraagd", "genomen", "uitgezocht". */
const PARTICIPLE = /^(?:(?:na|uit|op|in|mee|toe|door|rond|aan|af|over|terug|bij|vast|voor)?ge\S{3,}(?:d|t|en)|(?:be|ver|ont|her)\S{3,}(?:d|t))$/;

/** "Het verslag wordt aangepast", "wordt door IPO … uitgewerkt": a passive main clause about planned work. */
function passiveCommits(words: Word[], index: OrganisationIndex): boolean {
  const aux = words.findIndex((x) => PASSIVE_AUX.has(x.w));
  if (aux < 0 || aux > 8) return false;
  // Main clause only: a subordinator before the verb means "… die aan de medeoverheden wordt verstuurd".
  if (words.slice(0, aux).some((x, k) => SUBORDINATORS.has(x.w) && !(k === 0 && ['dat', 'die', 'wat'].includes(x.w)))) return false;
  // The participle and agent belong to the main clause: cut at "…, wat …", "… waarover …".
  const cut = words.findIndex((x, k) => k > aux && (SUBORDINATORS.has(x.w) || /^waar/.test(x.w)));
  const main = cut < 0 ? words : words.slice(0, cut);
  const after = main.slice(aux + 1);
  if (after[0] && ['niet', 'geen'].includes(after[0].w)) return false;
  if (after.some((x) => MODALS.has(x.w))) return false;
  const future = words[aux]!.w === 'zal' || words[aux]!.w === 'zullen';
  if (future && !after.some((x) => x.w === 'worden')) return false;
  const clause = main.map((x) => x.w).join(' ');
  const aboutWorries = /\bzorg(?:en)?\b/.test(clause);
  const byActor = main.some((x, k) => x.w === 'door' && actorLength(main, k + 1, index) > 0);
  if (after.some((x) => REPORTING.has(x.w) && (x.w !== 'gedeeld' || aboutWorries))) return false;
  if (byActor) return after.some((x) => /^(?:ge|be|ver|uit|op|in|mee|toe|door|rond|aan|na|af|over|voor)\S*(?:d|t|en)$/.test(x.w));
  if (after.some((x) => PLANNED.has(x.w) && !(x.w === 'gedeeld' && aboutWorries)) || /\bin kaart gebracht\b/.test(clause)) return true;
  // "Na het overleg worden deze publiek geconsulteerd", "Dit wordt nog nagevraagd": any participle, when a moment says it is still to come.
  return TIME_MARKER.test(clause) && after.some((x) => PARTICIPLE.test(x.w) && !REPORTING.has(x.w));
}

const ABBREVIATIONS = new Set([
  'dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'prof', 'incl', 'excl', 'o.a', 'm.b.t', 't.a.v', 'i.h.k.v', 'i.v.m', 'ivm', 'bijv',
  'bv', 'b.v', 'nr', 'jl', 'e.d', 'etc', 'ca', 'resp', 'max', 'min', 'mln', 'mld', 'art', 'par', 'blz', 'vs', 'evt', 'i.c.m',
  'z.s.m', 'n.a.v', 'm.u.v', 'a.s', 't.b.v', 'i.o.m', 'tel', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'okt', 'nov', 'dec', 'st', 'gem', 'vz', 'ri', 'd.w.z', 'm.n', 'o.b.v', 'v.w.b', 'w.v.t.t.k', 'd.d', 'i.p.v', 't.z.t', 'n.v.t', 'p.m', 'z.o.z', 'i.s.m', 'c.q', 'e.a', 'o.l.v', 'a.i', 'wnd', 'nrs',
]);

/** Sentences with their offsets; abbreviations ("Dhr.", "incl.", "m.b.t.") and initials do not end one. */
export function splitSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[.!?]["'’”)]*\s+(?=["'‘“(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].trimEnd().length;
    const token = /(\S+)$/.exec(text.slice(start, m.index + 1))?.[1] ?? '';
    const bare = token.toLowerCase().replace(/^[("'‘“]+/, '').replace(/\.$/, '');
    if (ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare)) continue;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: { text: string; start: number }[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: from + lead });
}
