import { describe, expect, it } from 'vitest';
import { lrt } from '../helpers.js';

describe('--as-of on the command line', () => {
  it('lrt open --as-of 2023-03-01 lists only what was open then', async () => {
    const r = await lrt(['open', '--as-of', '2023-03-01']);
    expect(r.out).toContain('lrt-2023-02-02-1');
    expect(r.out).not.toMatch(/lrt-2023-04-2[15]-/);
  });

  it('lrt register --as-of 2023-04-22 holds the meetings up to 21 April, without the follow-ups of the 25th', async () => {
    const reg = JSON.parse((await lrt(['register', '--as-of', '2023-04-22'])).out);
    const ids = reg.meetings.map((m: { id: string }) => m.id);
    expect(ids).toContain('lrt-2023-04-21');
    expect(ids).not.toContain('lrt-2023-04-25');
    expect(reg.agreements.find((a: { id: string }) => a.id === 'lrt-2023-04-21-1').status).toBe('open');
    expect(reg.documents.map((d: { id: string }) => d.id)).toContain('brief-medeoverheden-2023-05');
  });
});
