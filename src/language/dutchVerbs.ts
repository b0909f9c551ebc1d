/**
 * The verbs that say what was agreed and what became of it ("past … aan" ↔ "aangepaste",
 * "stelt … vast" ↔ "vastgesteld", "vindt … plaats" ↔ "plaatsgevonden", "verzonden" ↔ "verzenden"),
 * told by their infinitive. The Snowball stemmer cannot: it keeps "ge" inside a participle, keeps
 * strong past forms apart and never joins a separable verb's particle to its verb.
 *
 * A small lexicon, not a grammar: only the verbs minutes use for doing, sending, meeting and
 * adopting. Weak verbs' forms are derived by rule; strong verbs list their past forms.
 */

/** Infinitive → [past singular, past plural, participle] for the strong and irregular verbs below. */
const STRONG: Record<string, [string, string, string]> = {
  vinden: ['vond', 'vonden', 'gevonden'],
  zenden: ['zond', 'zonden', 'gezonden'],
  verzenden: ['verzond', 'verzonden', 'verzonden'],
  nemen: ['nam', 'namen', 'genomen'],
  spreken: ['sprak', 'spraken', 'gesproken'],
  bespreken: ['besprak', 'bespraken', 'besproken'],
  houden: ['hield', 'hielden', 'gehouden'],
  bieden: ['bood', 'boden', 'geboden'],
  komen: ['kwam', 'kwamen', 'gekomen'],
  schrijven: ['schreef', 'schreven', 'geschreven'],
  brengen: ['bracht', 'brachten', 'gebracht'],
  zoeken: ['zocht', 'zochten', 'gezocht'],
  dienen: ['diende', 'dienden', 'gediend'],
  gaan: ['ging', 'gingen', 'gegaan'],
  trekken: ['trok', 'trokken', 'getrokken'],
};

/** The verbs, as infinitives; a separable one as "particle|verb". */
const VERBS = [
  'aan|passen', 'vast|stellen', 'plaats|vinden', 'toe|lichten', 'af|ronden', 'op|leveren', 'aan|leveren', 'op|stellen',
  'uit|werken', 'mee|nemen', 'voor|leggen', 'vast|leggen', 'toe|sturen', 'toe|zenden', 'door|sturen', 'uit|nodigen',
  'in|plannen', 'uit|voeren', 'terug|koppelen', 'af|stemmen', 'in|dienen', 'aan|bieden', 'terug|komen', 'in|brengen',
  'op|nemen', 'op|pakken', 'in|stemmen', 'aan|nemen', 'door|spreken', 'uit|zoeken', 'in|trekken', 'af|spreken',
  'plannen', 'organiseren', 'beleggen', 'sturen', 'versturen', 'verzenden', 'zenden', 'delen', 'houden', 'bespreken',
  'informeren', 'agenderen', 'wijzigen', 'verwerken', 'corrigeren', 'publiceren', 'ondertekenen', 'schrijven', 'verbeteren',
];

/** Prefixes that take no "ge" in the participle. */
const UNSTRESSED = /^(?:be|ge|her|ont|ver|er)/;
/** Words after which a particle is a preposition or noun, not the end of a split verb ("in plaats van", "de plaats"). */
const BEFORE_NOUN = new Set(['de', 'het', 'een', 'in', 'ter', 'op', 'van', 'deze', 'die', 'dit', 'dat', 'welke']);
/** Words a split verb's particle may stand before: the clause goes on with a phrase ("past de agenda aan op …"). */
const AFTER_PARTICLE = new Set(['op', 'met', 'over', 'van', 'voor', 'naar', 'in', 'bij', 'tot', 'na', 'en', 'om', 'zodat', 'dat', 'door', 'per', 'tijdens', 'via', 'aan', 'uit', 'onder']);

interface Lexicon {
  /** Whole words ("aangepaste", "vastgesteld", "verzonden", "plant") → infinitive. */
  words: Map<string, string>;
  /** Finite forms of a separable verb ("past", "stelt", "vond") → particle → infinitive. */
  split: Map<string, Map<string, string>>;
  particles: Set<string>;
}

/** The forms of one verb without its particle: present stem, finite forms, past forms, participle. */
function formsOf(infinitive: string): { finite: string[]; participle: string } {
  const strong = STRONG[infinitive];
  let stem = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive.slice(0, -1);
  const undoubled = /([bcdfgklmnprstz])\1$/.test(stem);
  if (undoubled) stem = stem.slice(0, -1);
  // An open syllable in the infinitive is a long vowel written double in the stem: maken → maak, sturen → stuur.
  else if (/[^aeiou][aeou][^aeiouy]$/.test(stem) && !/ij$/.test(stem)) stem = stem.replace(/([aeou])([^aeiouy])$/, '$1$1$2');
  const voiceless = /(?:t|k|f|s|ch|p)$/.test(stem);
  stem = stem.replace(/z$/, 's').replace(/v$/, 'f');
  const present = [stem, stem.endsWith('t') ? stem : `${stem}t`, infinitive];
  if (strong) return { finite: [...present, strong[0], strong[1]], participle: strong[2] };
  const ending = voiceless ? 't' : 'd';
  const past = [`${stem}${voiceless ? 'te' : 'de'}`, `${stem}${voiceless ? 'ten' : 'den'}`];
  const participle = `${UNSTRESSED.test(infinitive) ? '' : 'ge'}${stem}${/[td]$/.test(stem) ? '' : ending}`;
  return { finite: [...present, ...past], participle };
}

function buildLexicon(): Lexicon {
  const words = new Map<string, string>();
  const split = new Map<string, Map<string, string>>();
  const particles = new Set<string>();
  for (const entry of VERBS) {
    const [particle, verb] = entry.includes('|') ? (entry.split('|') as [string, string]) : ['', entry];
    const lemma = particle + verb;
    const { finite, participle } = formsOf(verb);
    const adjective = participle.endsWith('en') ? participle : `${participle}e`;
    for (const w of [...finite, participle, adjective]) words.set(particle + w, lemma);
    if (!particle) continue;
    particles.add(particle);
    words.set(`${particle}te${verb}`, lemma);
    for (const f of finite) {
      const byParticle = split.get(f) ?? split.set(f, new Map()).get(f)!;
      byParticle.set(particle, lemma);
    }
  }
  return { words, split, particles };
}

const LEXICON = buildLexicon();

/** The infinitive of one written word that is a form of a lexicon verb ("aangepaste" → "aanpassen"), else undefined. */
export function verbLemmaOf(word: string): string | undefined {
  return LEXICON.words.get(word.toLowerCase());
}

/** How far a split verb's particle may stand from its verb, in words. */
const SPLIT_REACH = 10;

/** What a text says in the lexicon's terms: its lower-cased words (letters only) and its verbs. */
export interface VerbReading {
  /** The text, lower-cased. */
  lower: string;
  /** Its words: the runs of letters of `lower`, in order. */
  words: string[];
  /** The infinitives of the lexicon's verbs in it, each once, in order (verbLemmas). */
  lemmas: string[];
}

/** End a clause (. ; : ! ? ( ) and a line break, as char codes): a split verb's particle is looked for within its clause only. */
const CLAUSE_END = new Set([...'.;:!?()\n'].map((ch) => ch.charCodeAt(0)));
const LETTER = /^\p{L}$/u;

/**
 * The infinitives of the lexicon's verbs in a text, however written: "aangepast", "past de
 * werkagenda aan op …", "vast te stellen", "vond het overleg plaats". Each once, in order.
 */
export function verbLemmas(text: string): string[] {
  return readVerbs(text).lemmas;
}

/**
 * verbLemmas with the words it reads them from: one pass over the text for both (the follow-up
 * data of every passage needs both). Clauses end at . ; : ! ? ( ) a line break and ", ".
 */
export function readVerbs(text: string): VerbReading {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const out = new Set<string>();
  let clause = 0;
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 128 && letterAt(lower, i))) {
      const start = i;
      i += c < 0xd800 ? 1 : letterAt(lower, i);
      while (i < n) {
        const d = lower.charCodeAt(i);
        const size = d >= 97 && d <= 122 ? 1 : d >= 128 ? letterAt(lower, i) : 0;
        if (!size) break;
        i += size;
      }
      words.push(lower.slice(start, i));
      continue;
    }
    if (CLAUSE_END.has(c) || (c === 44 && i + 1 < n && /\s/.test(lower[i + 1]!))) {
      lemmasOfClause(words, clause, words.length, out);
      clause = words.length;
    }
    i++;
  }
  lemmasOfClause(words, clause, words.length, out);
  return { lower, words, lemmas: [...out] };
}

/** The length (1 or 2) of the code point at `i` when it is a letter, else 0. */
function letterAt(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** The lexicon's verbs in the clause words[from, to), added to `out`. */
function lemmasOfClause(words: string[], from: number, to: number, out: Set<string>): void {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const whole = LEXICON.words.get(w);
    if (whole) out.add(whole);
    if (!LEXICON.particles.has(w)) continue;
    // "vast te stellen", "aan te passen"
    if (i + 2 < to && words[i + 1] === 'te' && words[i + 2]) {
      const lemma = LEXICON.words.get(`${w}te${words[i + 2]}`);
      if (lemma) out.add(lemma);
    }
    // "past … aan": a particle that ends the clause or stands before a phrase, after a finite form of its verb.
    if (i > from && BEFORE_NOUN.has(words[i - 1]!)) continue;
    if (i + 1 < to && !AFTER_PARTICLE.has(words[i + 1]!)) continue;
    for (let k = i - 1; k >= Math.max(from, i - SPLIT_REACH); k--) {
      const lemma = LEXICON.split.get(words[k]!)?.get(w);
      if (lemma) {
        out.add(lemma);
        break;
      }
    }
  }
}
