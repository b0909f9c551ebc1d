import type { NonPublicName } from '../../extract/extractMinutes.js';
import { normalizeForMatch } from '../../extract/normalize.js';
import { namePatterns } from '../../extract/namePatterns.js';

export interface OutputFile {
  path: string;
  text: string;
}

/** Where a non-public name was found. The name itself is left out: build logs may be public too. */
export interface NameLeak {
  path: string;
  /** Where the name was declared non-public: "minutes/x.md:12". */
  declaredAt: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Output text in the form a reader would see it: HTML entities decoded, JSON \u escapes and
 * ICS folding and escapes undone, quotes and spaces folded as the parser folds them.
 */
function readable(text: string): string {
  return normalizeForMatch(
    text
      .replace(/\r?\n[ \t]/g, '')
      .replace(/\\([,;\\])/g, '$1')
      .replace(/\\[nN]/g, ' ')
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
        if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
        return NAMED[e.toLowerCase()] ?? m;
      }),
  )
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/**
 * Every output file that contains a name marked not public (Woo), in its plain form or split by
 * markup. The build fails on any hit: this is the last gate before publication.
 */
export function findNamesInOutput(files: OutputFile[], names: NonPublicName[]): NameLeak[] {
  const wanted = names.map((n) => ({ patterns: namePatterns(n.name), at: `${n.file}:${n.line}` })).filter((n) => n.patterns.length);
  if (wanted.length === 0) return [];
  const leaks: NameLeak[] = [];
  for (const f of files) {
    const plain = readable(f.text);
    const untagged = readable(f.text.replace(/<[^>]*>/g, ''));
    for (const n of wanted) if (n.patterns.some((p) => p.test(plain) || p.test(untagged))) leaks.push({ path: f.path, declaredAt: n.at });
  }
  return leaks;
}
