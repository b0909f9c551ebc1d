import type { NonPublicName } from '../../extract/extractMinutes.js';
import { foldForNames, foldHidden } from '../../extract/foldForNames.js';
import { nameMatcher } from '../../extract/nameMatcher.js';
import { distinctNames } from '../../extract/distinctNames.js';

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

/**
 * Every output file that contains a name marked not public (Woo), in any form `lrt check` looks
 * for: the same folding (HTML references, JSON escapes, markup, invisible characters, diacritics,
 * case) and the same matcher. The build fails on any hit: this is the last gate before publication.
 */
export function findNamesInOutput(files: OutputFile[], names: NonPublicName[]): NameLeak[] {
  const wanted = distinctNames(names).map((n) => ({ matcher: nameMatcher(n.name, { alone: n.alone }), at: `${n.file}:${n.line}` }));
  if (wanted.length === 0) return [];
  const leaks: NameLeak[] = [];
  for (const f of files) {
    const views = [foldForNames(f.text), foldHidden(f.text)];
    for (const n of wanted) if (views.some((v) => n.matcher.find(v).length)) leaks.push({ path: f.path, declaredAt: n.at });
  }
  return leaks;
}
