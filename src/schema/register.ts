import { z } from 'zod';
import { AgreementKindSchema, AgreementStatusSchema } from './registry.js';

/** How the register and the site mark an agreement confirmed outside its adopted minutes. */
export const CONFIRMED_NOTE = 'zonder label in het verslag, bevestigd door het secretariaat';

const DateOrNull = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

export const SourceRefSchema = z.object({
  file: z.string().describe('Path of the source file, relative to the project root.'),
  line: z.number().int().min(1),
});

export const MomentSchema = z.object({
  date: DateOrNull.describe('Resolved date, or null when the words name no resolvable moment.'),
  text: z.string().describe('The words the moment came from.'),
  note: z.string().optional().describe('How the date was resolved, when not literal.'),
});
export type Moment = z.infer<typeof MomentSchema>;

export const FollowUpRelationSchema = z.enum(['vervangen', 'ingetrokken', 'afdoeningsvoorstel', 'afgedaan']);
export type FollowUpRelation = z.infer<typeof FollowUpRelationSchema>;

/** A passage that most likely reports on an agreement: proposed, never registered by itself. */
export const SuggestionSchema = z.object({
  source: SourceRefSchema,
  text: z.string().describe('The passage as written.'),
  score: z.number().min(0).max(1).describe('How likely the passage reports on the agreement (0..1); only those above the threshold are listed.'),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** An open closure proposal by the owner (status: afdoeningsvoorstel), awaiting the table's Besluit. */
export const ClosureProposalSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: SourceRefSchema,
  text: z.string().describe("The owner's explanation."),
  evidence: z.string().nullable().describe('The document id or link the proposal rests on.'),
});
export type ClosureProposal = z.infer<typeof ClosureProposalSchema>;

export const FollowUpSchema = z.object({
  date: DateOrNull,
  source: z.string().describe('File of the later meeting, status update or document.'),
  kind: z.enum(['vergadering', 'voortgang', 'stuk']),
  ref: z
    .string()
    .describe(
      'What followed up: for kind vergadering the id of the new agreement (a labelled block with "vervolg op") or of the meeting (an unlabelled note); for stuk the document id; for voortgang its bron, else its file.',
    ),
  text: z.string(),
  status: AgreementStatusSchema.optional().describe('Status this follow-up sets, if any.'),
  line: z.number().int().min(1),
  relation: FollowUpRelationSchema.optional().describe(
    'What this follow-up does beyond a status: vervangen / ingetrokken (a later Besluit with vervangt / trekt in), afdoeningsvoorstel (the owner proposes closure), afgedaan (a Besluit adopted the proposal).',
  ),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const MeetingSchema = z.object({
  id: z.string(),
  body: z.string(),
  date: z.string(),
  status: z.enum(['concept', 'vastgesteld']),
  adoptedIn: z.string().nullable(),
  chair: z.string().nullable(),
  present: z.array(z.string()).describe('Attendees as published: non-public names removed.'),
  absent: z.array(z.string()),
  agenda: z.array(z.string()),
  organisations: z
    .array(z.string())
    .default([])
    .describe('Codes of the organisations present (the chair\'s included), as far as the registry knows them.'),
  documents: z
    .array(z.object({ title: z.string(), id: z.string().nullable(), date: DateOrNull, link: z.string().nullable() }))
    .default([])
    .describe('The documents listed in the front matter (stukken); only the title is required.'),
  file: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const AgendaItemSchema = z.object({
  number: z.string().nullable(),
  title: z.string(),
});

/** A person who owns an agreement (issue 14): the organisation always, the name only when public. */
export const OwnerPersonSchema = z.object({
  name: z.string().nullable().describe('The name, only when the person is marked public (openbaar: true); else null (Woo art. 5.1.2e).'),
  organisation: z.string().nullable().describe('Code of the organisation the person belongs to (also in owners); null when not known.'),
  role: z.string().nullable().describe('The role in the table, when given in data/people.yaml.'),
  public: z.boolean(),
  confirmed: z.boolean().describe('False while the person is not in data/people.yaml nor an attendee: proposed by lrt check, non-public meanwhile.'),
});
export type OwnerPerson = z.infer<typeof OwnerPersonSchema>;

export const AgreementSchema = z.object({
  id: z.string(),
  idWritten: z.boolean().describe('False when the id is provisional: not yet written into the file.'),
  kind: AgreementKindSchema,
  label: z.string().describe('The label as written: Afspraak, Besluit, Actiepunt, ...'),
  meeting: z.object({ id: z.string(), date: z.string(), body: z.string() }),
  agendaItem: AgendaItemSchema.nullable(),
  text: z.string(),
  owners: z.array(z.string()).describe('Organisation codes from the registry.'),
  ownersInferred: z.boolean(),
  ownerPeople: z
    .array(OwnerPersonSchema)
    .default([])
    .describe('People named as owners ("eigenaar: <first name>"), each with their organisation; the name only when public.'),
  deadline: z.object({
    date: DateOrNull.describe('The earliest moment: the first thing due.'),
    text: z.string().nullable(),
    moments: z.array(MomentSchema),
  }),
  status: AgreementStatusSchema,
  statusSource: z.enum(['standaard', 'tekst', 'verslag', 'voortgang', 'stuk']),
  overdue: z.boolean(),
  confirmed: z
    .object({
      note: z.literal(CONFIRMED_NOTE),
      file: z.string().describe('The confirmation file in agreements/.'),
      line: z.number().int().min(1),
    })
    .optional()
    .describe('Present when the minutes carry no label for it and the secretariat confirmed it in a file in agreements/.'),
  followUpOf: z.string().nullable(),
  followUps: z.array(FollowUpSchema),
  source: SourceRefSchema,
  supersededBy: z.string().nullable().describe('The later Besluit that replaced this one ("vervangt:").'),
  withdrawnBy: z.string().nullable().describe('The later Besluit that withdrew this one ("trekt in:").'),
  supersedes: z.array(z.string()).describe('Earlier decisions this one replaces.'),
  withdraws: z.array(z.string()).describe('Earlier decisions this one withdraws.'),
  closureProposal: ClosureProposalSchema.nullable().describe('A closure proposed by the owner and not yet adopted by the table.'),
  suggestions: z.array(SuggestionSchema).describe('Passages of later minutes and documents that most likely report on this agreement, best first.'),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const DocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: DateOrNull,
  dating: z.string().nullable(),
  senders: z.array(z.string()),
  carriesOut: z.array(z.string()),
  file: z.string(),
});

export const RegisterSchema = z.object({
  generated: z.string().describe('ISO timestamp of the run.'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  meetings: z.array(MeetingSchema),
  documents: z.array(DocumentSchema),
  agreements: z.array(AgreementSchema),
});
export type Register = z.infer<typeof RegisterSchema>;
