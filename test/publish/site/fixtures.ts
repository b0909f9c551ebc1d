import { buildGlossary, type GlossaryEntry } from '../../../src/publish/site/glossary.js';
import { siteContext, type SiteContext } from '../../../src/publish/site/siteContext.js';
import { registry, run, shippedSources, source } from '../../helpers.js';
import type { RawSource } from '../../../src/read/readSources.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SiteDataSchema, type SiteData } from '../../../src/schema/siteData.js';
import { ROOT } from '../../helpers.js';

/** The shipped data/site.yaml (contact, the words of a question about what is open). */
export const shippedSiteData = (): SiteData => SiteDataSchema.parse(parse(readFileSync(path.join(ROOT, 'data', 'site.yaml'), 'utf8')));

export const EXTRA_TERMS: GlossaryEntry[] = [
  { term: 'CNO', betekenis: 'crisisnoodopvang', soort: 'afkorting', varianten: ['cno'] },
  { term: 'MPP', betekenis: 'Meerjarige Productieprognose', soort: 'afkorting', varianten: [] },
  { term: 'vastgesteld', betekenis: 'definitief', soort: 'begrip', varianten: [] },
];

export const glossary = () => buildGlossary(registry(), EXTRA_TERMS);


/** The site context of the shipped minutes as of a date. */
export function shippedContext(asOf = '2023-05-01', extra: RawSource[] = []): SiteContext {
  return siteContext({ result: run([...shippedSources(), ...extra], asOf), registry: registry(), glossaryEntries: EXTRA_TERMS, asOf, siteData: shippedSiteData() });
}

/** A small minutes file with whatever body a test needs. */
export function minutes(body: string, frontmatter = ''): RawSource {
  return source(
    'minutes/2024-03-01-lrt.md',
    `---\norgaan: LRT\ndatum: 2024-03-01\nstatus: concept\n${frontmatter}---\n\n${body}\n`,
  );
}
