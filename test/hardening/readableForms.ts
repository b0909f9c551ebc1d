import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The leak tests' way to look at a built file: every form in which a reader, a search engine or a
 * script could recover a name from it. Shared by the name and the person-owner leak tests.
 */
export function readableForms(raw: string): string[] {
  const entities = raw
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp|rsquo|lsquo);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘' })[e]!);
  const escapes = entities.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\[nrt]/g, ' ');
  let url = escapes;
  try {
    url = decodeURIComponent(escapes.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    // Not URL-encoded text.
  }
  const icsUnfolded = url.replace(/\r?\n[ \t]/g, '');
  const untagged = icsUnfolded.replace(/<[^>]*>/g, '');
  const fold = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '')
      .replace(/[’‘´`']/g, "'")
      .replace(/\s+/g, ' ')
      .toLowerCase();
  return [fold(raw), fold(icsUnfolded), fold(untagged), fold(untagged).replace(/[^a-z' -]/g, '')];
}


/** Every file under a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

