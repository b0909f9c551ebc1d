import { describe, expect, it } from 'vitest';
import { repoFile, run, source } from '../helpers.js';
import { decodeSource } from '../../src/parse/decodeSource.js';

describe('files from Word and PDF', () => {
  it('a BOM + CRLF + NBSP file gives the same register as its clean twin', () => {
    const odd = run([repoFile('test/fixtures/valid/bom-crlf-nbsp.md')]);
    const clean = run([
      source(
        'test/fixtures/valid/bom-crlf-nbsp.md',
        '---\norgaan: LRT\ndatum: 2023-03-01\nstatus: concept\n---\n\n## 1. Opening\n\n- Afspraak: BZK deelt gegevens over achterstanden.\n  - id: lrt-2023-03-01-1\n',
      ),
    ]);
    expect(odd.diagnostics).toEqual([]);
    expect(odd.register.agreements).toEqual(clean.register.agreements);
    expect(odd.register.agreements[0]!.owners).toEqual(['BZK']);
  });

  it('keeps line numbers when CRLF becomes LF', () => {
    const d = decodeSource('x.md', new TextEncoder().encode('a\r\nb\r\nc'));
    expect(d).toEqual({ ok: true, text: 'a\nb\nc' });
  });

  it('labels with typographic spacing and bold still open a block', () => {
    const text = '---\norgaan: LRT\ndatum: 2023-03-01\nstatus: concept\nvoorzitter: Dhr. Van der Burg (SJenV)\n---\n\n## 1. Opening\n\n- **Afspraak:** VNG stuurt de inventarisatie rond.\n  - id: lrt-2023-03-01-1\n- Besluit\u00a0: Het voorstel wordt aangenomen.\n  - id: lrt-2023-03-01-2\n';
    const r = run([source('minutes/x.md', text)]);
    expect(r.diagnostics).toEqual([]);
    expect(r.register.agreements.map((a) => [a.kind, a.owners, a.text])).toEqual([
      ['afspraak', ['VNG'], 'VNG stuurt de inventarisatie rond.'],
      ['besluit', [], 'Het voorstel wordt aangenomen.'],
    ]);
  });
});
