import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { lrt, scratchProject } from '../helpers.js';

describe('lrt bevestig', () => {
  it('writes the status update for a proposed follow-up, which then closes the agreement; never twice', async () => {
    const dir = scratchProject('lrt-bevestig-');
    // Without agreements/: nothing confirmed yet.
    rmSync(path.join(dir, 'agreements'), { recursive: true });
    const before = await lrt(['check'], dir);
    expect(before.out).toContain('minutes/2023-04-25-lrt.md:32:1  ter informatie: Dit lijkt een vervolg op lrt-2023-04-21-2');
    // Also the follow-up meeting of lrt-2023-04-21-1: the LRT of 25 April itself.
    expect(before.out).toContain('minutes/2023-04-25-lrt.md:36:1  ter informatie: Dit lijkt een vervolg op lrt-2023-04-21-1');
    expect(before.err).toContain('2 voorstellen ter informatie');
    expect(before.code).toBe(0);

    const done = await lrt(['bevestig', 'lrt-2023-04-21-2', 'minutes/2023-04-25-lrt.md:32'], dir);
    expect(done.code).toBe(0);
    expect(done.err).toContain('Geschreven: agreements/2023-04-25-lrt-2023-04-21-2.md');
    expect(readFileSync(path.join(dir, 'agreements/2023-04-25-lrt-2023-04-21-2.md'), 'utf8')).toBe(
      '---\nafspraak: lrt-2023-04-21-2\ndatum: 2023-04-25\nstatus: afgerond\nbron: lrt-2023-04-25\n---\n\n' +
        'Bevestigd vervolg (minutes/2023-04-25-lrt.md, regel 32): “Het verslag LRT 21-04-2023 en het aangepaste verslag LRT 06-04-2023 worden vastgesteld.”\n',
    );
    const reg = JSON.parse((await lrt(['register', '--format', 'json'], dir)).out);
    const a = reg.agreements.find((x: { id: string }) => x.id === 'lrt-2023-04-21-2');
    expect([a.status, a.statusSource, a.suggestions]).toEqual(['afgerond', 'voortgang', []]);
    const after = await lrt(['check'], dir);
    expect(after.out).not.toContain('lrt-2023-04-21-2');

    const again = await lrt(['bevestig', 'lrt-2023-04-21-2', 'minutes/2023-04-25-lrt.md:32'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('overschrijft nooit');
  }, 120_000);

  it('refuses an unknown id, a line that is no passage, and a passage before the agreement', async () => {
    const dir = scratchProject('lrt-bevestig-');
    expect((await lrt(['bevestig', 'lrt-2023-04-21-9', 'minutes/2023-04-25-lrt.md:32'], dir)).err).toContain('Er is geen afspraak met kenmerk "lrt-2023-04-21-9"');
    expect((await lrt(['bevestig', 'lrt-2023-04-21-2', 'minutes/2023-04-25-lrt.md:3'], dir)).err).toContain('geen tekst van een verslag of stuk');
    expect((await lrt(['bevestig', 'lrt-2023-04-21-2', 'minutes/2023-02-02-lrt.md:39'], dir)).err).toContain('vóór de afspraak');
    expect((await lrt(['bevestig', 'lrt-2023-04-21-2'], dir)).code).toBe(2);
  }, 120_000);
});
