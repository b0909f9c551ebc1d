import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic, diagnosticOf } from '../diagnostics/diagnostic.js';
import { MAX_FRONTMATTER_BYTES, oversizedFrontmatter, parseFrontmatter, type Frontmatter } from './parseFrontmatter.js';
import { findParseHazard } from './findParseHazard.js';
import { usesGfm } from './usesGfm.js';

export interface ParsedSource {
  file: string;
  text: string;
  /** The one tree of this file: it feeds the register and, later, the rendered page. */
  tree: Root;
  frontmatter: Frontmatter | null;
  diagnostics: Diagnostic[];
}

/**
 * A parsed file as the stages after extraction see it: text and front matter, no tree (the site
 * renders from the copy the file's result carries, FilePublish).
 */
export type SourceText = Omit<ParsedSource, 'tree'>;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const withoutFrontmatter = unified().use(remarkParse).use(remarkGfm);
// The same trees for texts without any GFM syntax (see usesGfm), built in about 60% of the time.
const processorPlain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const withoutFrontmatterPlain = unified().use(remarkParse);

/** Parses a file once: Markdown body and YAML front matter, with positions for every error. */
export function parseSource(file: string, text: string): ParsedSource {
  // Refused before parsing: these would stall the parser for minutes or overflow the stack.
  if (oversizedFrontmatter(text))
    return {
      file,
      text,
      tree: { type: 'root', children: [] },
      frontmatter: null,
      diagnostics: [diagnostic('frontmatter-too-large', file, { line: 1, column: 1 }, { max: MAX_FRONTMATTER_BYTES / 1024 })],
    };
  const hazard = findParseHazard(text);
  if (hazard) return { file, text, tree: { type: 'root', children: [] }, frontmatter: null, diagnostics: [diagnosticOf(hazard, file, hazard.at)] };
  const gfm = usesGfm(text);
  const tree = (gfm ? processor : processorPlain).parse(text) as Root;
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const startLine = first.position?.start.line ?? 1;
    const fm = parseFrontmatter(file, first.value, startLine);
    return { file, text, tree, frontmatter: fm, diagnostics: fm.diagnostics };
  }
  if (/^---[ \t]*\n/.test(text)) {
    // An unclosed fence leaves micromark's front-matter construct in a state where no list after
    // it is recognised; parsed without it, the blocks in the file can still be counted.
    const plain = (gfm ? withoutFrontmatter : withoutFrontmatterPlain).parse(text) as Root;
    return { file, text, tree: plain, frontmatter: null, diagnostics: [diagnostic('frontmatter-unclosed', file, { line: 1, column: 1 })] };
  }
  return { file, text, tree, frontmatter: null, diagnostics: [diagnostic('frontmatter-missing', file, { line: 1, column: 1 })] };
}
