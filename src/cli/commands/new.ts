import { ruleMessage } from '../../diagnostics/messages.js';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_PATHS, tell, type Command } from '../context.js';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { readSources } from '../../read/readSources.js';
import { isRealDate } from '../../schema/isoDate.js';
import { findBody } from '../../extract/extractMinutes.js';
import { meetingStub, newMinutes, newMinutesPath } from '../../publish/newMinutes.js';
import { formatDateNl } from '../../publish/formatDateNl.js';
import type { MinutesRecord } from '../../extract/extractMinutes.js';

const USAGE = 'Gebruik: lrt new <orgaan> <datum> [-o bestand], bijvoorbeeld: lrt new LRT 2026-01-15';

/** lrt new: writes the next meeting's minutes, with every open agreement of the body carried over. */
export const newCommand: Command = async (ctx) => {
  const { io, positionals } = ctx;
  if (positionals.length < 2) {
    tell(io, diagnostic('new-arguments-missing', '', undefined), USAGE);
    return 2;
  }
  // "lrt new PRT Utrecht 2026-01-15" works without quotes: the date is the last word.
  const date = positionals[positionals.length - 1]!;
  const name = positionals.slice(0, -1).join(' ');
  if (!isRealDate(date)) {
    tell(io, diagnostic('new-date-invalid', '', undefined, { value: date }), USAGE);
    return 2;
  }
  const bodies = ctx.registry.organen;
  const body = findBody(name, bodies) ?? bodies.find((b) => b.slug === name.toLowerCase());
  if (!body) {
    tell(io, diagnostic('new-body-unknown', '', undefined, { value: name, allowed: bodies.map((b) => b.code).join(', ') }));
    return 2;
  }

  const output = ctx.options.output ?? newMinutesPath(body, date);
  const toStdout = output === '-';
  const target = path.resolve(io.cwd, output);
  if (!toStdout && existsSync(target)) {
    tell(io, diagnostic('new-file-exists', '', undefined, { path: output }));
    return 2;
  }

  const sources = await readSources(DEFAULT_PATHS.filter((p) => existsSync(path.join(io.cwd, p))), io.cwd);
  const stubPath = toStdout ? newMinutesPath(body, date) : path.relative(io.cwd, target).split(path.sep).join('/');
  const r = await ctx.runSources([...sources, meetingStub(body, date, stubPath)], { asOf: date });
  const records = r.records.filter((rec) => rec.file !== stubPath);
  const same = records.find((rec): rec is MinutesRecord => rec.kind === 'verslag' && rec.meeting.body === body.code && rec.meeting.date === date);
  if (same) {
    tell(io, diagnostic('new-meeting-exists', same.file, undefined, { body: body.code, date: formatDateNl(date) }));
    return 2;
  }

  const result = newMinutes({ body, date, records, register: r.register });
  if (toStdout) io.out(result.text);
  else {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, result.text, { flag: 'wx' });
  }
  const late = result.carried.filter((a) => a.overdue).length;
  const n = result.carried.length;
  io.err(ruleMessage('done-new', { written: toStdout ? null : output, carried: n, late, previous: result.previous ? formatDateNl(result.previous.date) : null }));
  const c = result.changes;
  io.err(ruleMessage('done-new-changes', { closed: c.closed.length, proposed: c.proposed.length, overdue: c.overdue.length, agreed: c.agreed.length }));
  const broken = r.diagnostics.filter((d) => d.severity === 'error' && d.file !== stubPath).length;
  if (broken) io.err(ruleMessage('done-new-broken', { count: broken }));
  return 0;
};
