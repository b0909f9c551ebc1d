import { z } from 'zod';

/** True for a calendar date that exists: 2023-02-30 is rejected, 2024-02-29 kept. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A date written as YYYY-MM-DD that exists in the calendar. */
export const IsoDateSchema = z
  .string({ error: 'datum-type' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'datum-vorm', abort: true })
  .refine(isRealDate, { error: 'datum-bestaat-niet' });
