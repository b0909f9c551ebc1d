import type { Agreement } from '../schema/register.js';
import { readVerbs, verbLemmas, type VerbReading } from '../language/dutchVerbs.js';
import type { Passage } from './passagesOf.js';
import { saysNotYet } from './completionPhrases.js';
import { stemOf, wordMemo, type WordMemo } from './textTerms.js';

/**
 * What an agreement promises decides what a report on it looks like: amended minutes (or a
 * work plan) are done when a later meeting adopts them, a planned meeting when it was held, a
 * letter when the owner's letter is there. Each is evidence on top of shared words, so a short
 * report ("De aangepaste werkagenda wordt vastgesteld.") is found although it repeats few of them.
 */
export type ActionResult = 'vastgesteld-na-aanpassing' | 'overleg-gehouden' | 'volgende-vergadering' | 'brief-van-eigenaar' | 'verzonden';

/** How much each result adds, as the chance that a passage showing it reports on the agreement. */
export const RESULT_STRENGTH: Record<ActionResult, number> = {
  // The amended thing named and adopted: the clearest report there is.
  'vastgesteld-na-aanpassing': 0.45,
  // A meeting of the kind that was planned, reported as held.
  'overleg-gehouden': 0.4,
  // The planned letter, by the agreement's owner.
  'brief-van-eigenaar': 0.35,
  // What was to be sent or delivered, reported as sent.
  verzonden: 0.35,
  // The table's own next meeting, soon after, discussing the subject: it may be the follow-up meeting itself.
  'volgende-vergadering': 0.3,
};

const AMEND = new Set(['aanpassen', 'wijzigen', 'verwerken', 'corrigeren', 'verbeteren']);
const ADOPT = new Set(['vaststellen', 'aannemen', 'instemmen']);
const PLAN = new Set(['plannen', 'inplannen', 'organiseren', 'beleggen', 'plaatsvinden', 'houden']);
const SEND = new Set(['sturen', 'versturen', 'verzenden', 'zenden', 'toesturen', 'toezenden', 'doorsturen', 'delen', 'aanleveren', 'opleveren', 'aanbieden']);
const WRITE = new Set([...SEND, 'opstellen', 'schrijven']);
/** Things that are amended and then adopted. Matched as the end of a word: "werkagenda", "conceptverslag". */
const DOCUMENT_NOUNS = ['verslag', 'notulen', 'agenda', 'notitie', 'plan', 'planning', 'voorstel', 'kader', 'reglement', 'overzicht', 'lijst', 'stuk', 'document', 'tekst'];
/** Meetings that are planned and then held: "vervolgafspraak", "werksessie", "bestuurlijk overleg", "BO". */
const MEETING = /(?:overleg|afspraak|gesprek|bijeenkomst|sessie|vergadering|werkbezoek|meeting|conferentie|^bo$)$/;
/** A word of a lower-cased text that MEETING matches: one search of the text instead of a test per word. */
const MEETING_IN_TEXT = /(?:overleg|afspraak|gesprek|bijeenkomst|sessie|vergadering|werkbezoek|meeting|conferentie|(?<!\p{L})bo)(?!\p{L})/u;
/** Words saying a meeting was held. */
const HELD = /\b(?:plaatsgevonden|gehouden|(?:vond|vonden)\s+(?:\S+\s+){0,6}?plaats|(?:is|zijn|werd|werden)\s+(?:\S+\s+){0,3}?gesproken)\b/;
/** Words saying something was sent or delivered: perfect or past, not "wordt verstuurd" (still to come). */
const SENT = /\b(?:is|zijn|werd|werden|heeft|hebben|had|hadden)\s+(?:\S+\s+){0,16}?(?:verzonden|verstuurd|gestuurd|toegezonden|toegestuurd|doorgestuurd|gedeeld|aangeleverd|opgeleverd|aangeboden)\b/;
/** Words saying the subject was taken up at the table. */
const DISCUSSED = /\b(?:toelichting|licht\S*\s+(?:\S+\s+){0,6}?toe|besproken|bespreekt|bespreken|gesproken|spreekt\s+over|aan\s+de\s+orde)\b/;
/** Things that are sent or delivered; the passage must name the same one ("brief", "overzicht", "cijfers"). */
const DELIVERABLES = [...DOCUMENT_NOUNS, 'brief', 'cijfers', 'gegevens', 'informatie', 'rapportage', 'analyse', 'advies', 'inventarisatie', 'a4'];
/** A result is reported soon after it was due: within this many days of the deadline (or of the meeting, without one). */
const RESULT_AFTER_DEADLINE_DAYS = 120;
const RESULT_WITHOUT_DEADLINE_DAYS = 180;
/** Without a deadline, how soon the table's next meeting must follow to be the planned follow-up meeting. */
const SOON_DAYS = 21;
/** With a deadline: the meeting may fall this long after it. */
const GRACE_DAYS = 7;

export interface AgreementActions {
  /** Stems of the amended things ("verslag", "werkagenda"), when the agreement amends something. */
  amends: string[];
  /** The meeting words of a planned meeting ("vervolgafspraak", "overleg"); empty when none is planned. */
  meets: string[];
  /** The planned meeting is with others ("met de gemeenten"): the table's own next meeting is not it. */
  meetsWithOthers: boolean;
  /** Stems of what the agreement promises to send or deliver ("brief", "overzicht"); empty when it sends nothing. */
  sends: string[];
  /** The agreement promises a letter. */
  sendsLetter: boolean;
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** What the agreement promises, from its own text: the lexicon's verbs and the nouns beside them. */
export function agreementActions(text: string, memo: WordMemo = wordMemo()): AgreementActions {
  const dutchStem = (w: string) => stemOf(w, memo);
  const lemmas = new Set(verbLemmas(text));
  const ws = words(text);
  const has = (set: Set<string>) => [...lemmas].some((l) => set.has(l));
  const amends = has(AMEND) ? [...new Set(ws.filter((w) => DOCUMENT_NOUNS.some((n) => w.endsWith(n))).map((w) => dutchStem(w)))] : [];
  const meets = has(PLAN) ? ws.filter((w) => MEETING.test(w)) : [];
  return {
    amends,
    meets,
    meetsWithOthers: ws.includes('met'),
    sends: has(SEND) ? [...new Set(ws.filter((w) => DELIVERABLES.some((n) => w.endsWith(n))).map((w) => dutchStem(w)))] : [],
    sendsLetter: has(WRITE) && ws.some((w) => w.endsWith('brief')),
  };
}

/** When the table's next meeting is close enough to be the planned follow-up meeting. */
export function followUpMeetingBy(a: Pick<Agreement, 'meeting' | 'deadline'>): string {
  return a.deadline.date ? addDays(a.deadline.date, GRACE_DAYS) : addDays(a.meeting.date, SOON_DAYS);
}

export interface ResultContext {
  /** The date of the body's first meeting after the agreement's, if any. */
  nextMeeting: string | null;
  /** The date of the body's first meeting after the agreement's deadline (or after its meeting, without one), if any. */
  firstAfterDue: string | null;
  /** The passage shares a noun of the agreement's own text (not only a verb, a date or its owner). */
  sharesOwnNoun: boolean;
  /** The agreement's resultWindowEnd and followUpMeetingBy, when the caller weighs many passages for it. */
  windowEnd?: string;
  meetingBy?: string;
}

/** What the results look for in a passage, read once per passage however many agreements it is weighed for. */
export interface PassageReading {
  lemmas: Set<string>;
  /** Stems of its words, and of its heading's: "Vaststellen verslag 12 december" names the verslag for the lines under it. */
  stems: string[];
  sectionStems: string[];
  /** Its heading is an adoption ("Vaststellen verslag"), so "akkoord" under it adopts. */
  adoptingSection: boolean;
  notYet: boolean;
  namesMeeting: boolean;
  held: boolean;
  discussed: boolean;
  sent: boolean;
  approves: boolean;
  /** "kan niet worden vastgesteld", "nog vast te stellen": no adoption. */
  notAdopted: boolean;
}

/** Words that adopt under an adopting heading: "akkoord", "ongewijzigd", "zonder opmerkingen". */
const APPROVES = /\b(?:akkoord|ongewijzigd|zonder\s+(?:verdere\s+)?opmerkingen|geen\s+opmerkingen|conform)\b/;

/** What the results look for in a heading, read once for all the lines under it. */
export interface SectionReading {
  stems: string[];
  adopting: boolean;
}

export function readSection(section: string | null, memo: WordMemo = wordMemo()): SectionReading {
  return {
    stems: section ? words(section).map((w) => stemOf(w, memo)) : [],
    adopting: !!section && verbLemmas(section).some((l) => ADOPT.has(l)),
  };
}

/** `memo`: words already stemmed in this run; `section`: its heading's reading, when already read; `verbs`: readVerbs of its text, when already read. */
export function readPassage(
  p: Passage, memo: WordMemo = wordMemo(), section: SectionReading = readSection(p.section, memo), verbs: VerbReading = readVerbs(p.text),
): PassageReading {
  const { lower: text, words: ws } = verbs;
  return {
    lemmas: new Set(verbs.lemmas),
    stems: ws.map((w) => stemOf(w, memo)),
    sectionStems: section.stems,
    adoptingSection: section.adopting,
    notYet: saysNotYet(p.text),
    namesMeeting: MEETING_IN_TEXT.test(text),
    held: HELD.test(text),
    discussed: DISCUSSED.test(text),
    sent: SENT.test(text),
    approves: APPROVES.test(text),
    notAdopted: /\b(?:nog|niet)\s+(?:\S+\s+){0,2}?(?:vast|aangenomen)/.test(text),
  };
}

/** The result the passage reports for the agreement's actions, if any: the strongest one. */
export function actionResult(
  a: Pick<Agreement, 'owners' | 'meeting' | 'deadline'>, actions: AgreementActions, p: Passage, r: PassageReading, ctx: ResultContext,
): ActionResult | null {
  // A progress report ("is nog in bespreking") reports no result, whatever it names.
  if (r.notYet) return null;
  // Long after it was due, a result is more likely another one: "de TK-brief is verzonden" half a year on.
  if (p.date !== null && p.date > (ctx.windowEnd ?? resultWindowEnd(a)) && (ctx.firstAfterDue === null || p.date > ctx.firstAfterDue)) return null;
  // The strongest result; of equally strong ones the first found.
  let best: ActionResult | null = null;
  const found = (x: ActionResult) => {
    if (best === null || RESULT_STRENGTH[x] > RESULT_STRENGTH[best]) best = x;
  };
  const names = (nouns: string[], stems: string[]) => stems.some((w) => nouns.some((n) => w.endsWith(n)));
  // The amended thing named in the line or in its heading ("Vaststellen verslag …": "Akkoord.").
  if (actions.amends.length && adopts(r) && (names(actions.amends, r.stems) || (r.adoptingSection && names(actions.amends, r.sectionStems)))) found('vastgesteld-na-aanpassing');
  if (ctx.sharesOwnNoun) {
    if (actions.meets.length) {
      if (r.held && r.namesMeeting) found('overleg-gehouden');
      else if (
        !actions.meetsWithOthers && p.kind === 'verslag' && p.body === a.meeting.body && p.date !== null &&
        p.date === ctx.nextMeeting && p.date <= (ctx.meetingBy ?? followUpMeetingBy(a)) && r.discussed
      )
        found('volgende-vergadering');
    }
    if (actions.sends.length && r.sent && names(actions.sends, r.stems)) found('verzonden');
    if (actions.sendsLetter && p.kind === 'stuk' && p.senders.some((s) => a.owners.includes(s))) found('brief-van-eigenaar');
  }
  return best;
}

/** The passage adopts something: an adopting verb, or approval under an adopting heading; not "nog niet vastgesteld". */
function adopts(r: PassageReading): boolean {
  if (r.notAdopted) return false;
  for (const l of r.lemmas) if (ADOPT.has(l)) return true;
  return r.adoptingSection && r.approves;
}

/** Whether actionResult can find anything for these actions: without any promised result, or with only results that need a shared noun and none shared, it finds none. */
export function mayReportResult(actions: AgreementActions, sharesOwnNoun: boolean): boolean {
  if (actions.amends.length) return true;
  return sharesOwnNoun && (actions.meets.length > 0 || actions.sends.length > 0 || actions.sendsLetter);
}

/** Up to when a passage reporting a result is taken for this agreement's (the body's first meeting after it is always in). */
export function resultWindowEnd(a: Pick<Agreement, 'meeting' | 'deadline'>): string {
  return a.deadline.date ? addDays(a.deadline.date, RESULT_AFTER_DEADLINE_DAYS) : addDays(a.meeting.date, RESULT_WITHOUT_DEADLINE_DAYS);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
