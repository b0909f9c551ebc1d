import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Diagnostic } from '../schema/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { parseFrontmatter, type Frontmatter } from './parseFrontmatter.js';

export interface ParsedSource {
  file: string;
  text: string;
  /** The one tree of this file: it feeds the register and, later, the rendered page. */
  tree: Root;
  frontmatter: Frontmatter | null;
  diagnostics: Diagnostic[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses a file once: Markdown body and YAML front matter, with positions for every error. */
export function parseSource(file: string, text: string): ParsedSource {
  const tree = processor.parse(text) as Root;
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const startLine = first.position?.start.line ?? 1;
    const fm = parseFrontmatter(file, first.value, startLine);
    return { file, text, tree, frontmatter: fm, diagnostics: fm.diagnostics };
  }
  const rule = /^---[ \t]*\n/.test(text) ? 'frontmatter-unclosed' : 'frontmatter-missing';
  return { file, text, tree, frontmatter: null, diagnostics: [diagnostic(rule, file, { line: 1, column: 1 })] };
}
