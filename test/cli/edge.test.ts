import { describe, expect, it } from 'vitest';
import { ROOT, lrt } from '../helpers.js';
import { edgeDiagnostics, main, type Io } from '../../src/cli/main.js';
import { formatText } from '../../src/publish/formatDiagnostics.js';

/** lrt in-process with an environment, and stdout that fails as a closed pipe would: a failure no command catches. */
async function failingRegister(env: Record<string, string>): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const io: Io = {
    cwd: ROOT,
    out: () => {
      throw new RangeError('stdout weg');
    },
    err: (s) => err.push(s),
    today: () => '2026-11-22',
    now: () => '2026-11-22T12:00:00.000Z',
    env,
  };
  // main lets a bug go up; the process edge (run.ts) says it with edgeDiagnostics, exit 3.
  const code = await main(['register'], io).catch((e: unknown) => {
    err.push(formatText(edgeDiagnostics(e, ROOT), { debug: env.LRT_DEBUG === '1' }));
    return 3;
  });
  return { code, err: err.join('\n') };
}

describe('the edge: what no command catches, and the command line', () => {
  it('an unexpected failure is one short Dutch line, exit 3, without the stack', async () => {
    const r = await failingRegister({});
    expect(r.code).toBe(3);
    expect(r.err).toBe(
      'Er ging iets mis in het programma zelf. Meld dit aan het beheer, met de opdracht die u gaf; LRT_DEBUG=1 toont de technische details.  [internal-unexpected]',
    );
  });

  it('with LRT_DEBUG=1 the same line, then the stack of the cause', async () => {
    const r = await failingRegister({ LRT_DEBUG: '1' });
    expect(r.code).toBe(3);
    const [first, cause, frame] = r.err.split('\n');
    expect(first).toMatch(/^Er ging iets mis in het programma zelf\..*\[internal-unexpected\]$/);
    expect(cause).toBe('    RangeError: stdout weg');
    expect(frame).toMatch(/^\s+at .*edge\.test\.ts/);
  });

  it('an unknown option or command, and a bad --as-of: diagnostics with their own rule', async () => {
    const option = await lrt(['check', '--formaat', 'x']);
    expect(option.code).toBe(2);
    expect(option.err.split('\n')[0]).toBe('Onbekende optie --formaat. Zie hieronder welke opties er zijn; staat de optie er wel, controleer dan de schrijfwijze.  [cli-option-unknown]');
    expect((await lrt(['registreer'])).err.split('\n')[0]).toBe('Onbekende opdracht "registreer".  [cli-command-unknown]');
    expect(await lrt(['check', '--as-of', '2026-02-30'])).toMatchObject({ code: 2, err: '--as-of: "2026-02-30" is geen datum in de vorm JJJJ-MM-DD.  [as-of-invalid]' });
  });
});
