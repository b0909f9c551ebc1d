/**
 * Every message the secretariat can see, in Dutch, under a stable rule id. Rule ids never
 * change meaning: tests, annotations and the guide refer to them.
 *
 * Each rule's message declares the parameters it reads, so a missing or misspelt parameter at a
 * call site is a compile error (see ParamsOf and diagnostic()).
 */
import type { Rule } from './rule.js';
import { minutesRules } from './messages/minutes.js';
import { changesRules } from './messages/changes.js';
import { hardeningRules } from './messages/hardening.js';
import { safetyRules } from './messages/safety.js';
import { namesRules } from './messages/names.js';
import { importerRules } from './messages/importer.js';
import { commandsRules } from './messages/commands.js';
import { peopleRules } from './messages/people.js';
import { statusRules } from './messages/status.js';

export type { Rule, Severity } from './rule.js';

// The catalogue in one object, in the order the guide lists it; each part is a file of its own.
const rules = {
  ...minutesRules,
  ...changesRules,
  ...hardeningRules,
  ...safetyRules,
  ...namesRules,
  ...importerRules,
  ...commandsRules,
  ...peopleRules,
  ...statusRules,
};

export type RuleId = keyof typeof rules;

/** The parameters a rule's message reads; a rule that reads none takes none. */
export type ParamsOf<R extends RuleId> = Parameters<(typeof rules)[R]['message']> extends [infer P, ...unknown[]] ? P : Record<string, never>;

export const RULES: { readonly [R in RuleId]: Rule<ParamsOf<R>> } = rules as never;

/** A rule with its parameters, as a stage hands it on before the file is known. */
export type RuleCall<R extends RuleId = RuleId> = R extends RuleId ? { rule: R; params: ParamsOf<R> } : never;

/** A rule's text with its parameters filled in, for a message that is not about a place in a file. */
export function ruleMessage<R extends RuleId>(rule: R, ...params: {} extends ParamsOf<R> ? [ParamsOf<R>?] : [ParamsOf<R>]): string {
  const p = (params[0] ?? {}) as ParamsOf<R>;
  const entry = RULES[rule] as Rule<ParamsOf<R>>;
  return entry.message(p);
}
