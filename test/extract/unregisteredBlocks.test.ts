import { describe, expect, it } from 'vitest';
import { repoFile, run } from '../helpers.js';

/** Adversarial pass (2 December 2026): the count of blocks in a file whose front matter is never closed. */
const rules = (name: string) => run([repoFile(`test/extract/fixtures/${name}.md`)]).diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`);

describe('front matter without its closing ---', () => {
  it('in a status update: its field "afspraak:" is not counted as a labelled block', () => {
    expect(rules('status-update-front-matter-unclosed')).toEqual(['frontmatter-unclosed@1:1']);
  });

  it('in minutes: the blocks after the fields are still counted', () => {
    expect(rules('minutes-front-matter-unclosed')).toEqual(['frontmatter-unclosed@1:1', 'blocks-not-registered@8:1']);
  });
});
