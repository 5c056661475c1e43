/**
 * Versioned settings. MIGRATIONS[n] turns a version n-1 value into version n; WXT storage runs
 * them on stored values (its `version`/`migrations` item options) and `migrate` runs the same
 * table on imported files, so an export from an older build still imports.
 */
import { SETTINGS_VERSION } from './schema';

export type Migration = (value: unknown) => unknown;

/** Version 1 is the first stored shape: no steps yet. Add `2: (v1) => v2` when the shape changes. */
export const MIGRATIONS: Record<number, Migration> = {};

export type MigrateResult = { ok: true; value: unknown } | { ok: false; reason: 'newer' | 'invalid-version' };

/** Runs the steps from `from` up to `to`. A value from a newer build is not guessed at. */
export function migrate(
  value: unknown,
  from: number,
  to: number = SETTINGS_VERSION,
  migrations: Record<number, Migration> = MIGRATIONS,
): MigrateResult {
  if (!Number.isInteger(from) || from < 1) return { ok: false, reason: 'invalid-version' };
  if (from > to) return { ok: false, reason: 'newer' };
  let v = value;
  for (let next = from + 1; next <= to; next++) v = migrations[next]?.(v) ?? v;
  return { ok: true, value: v };
}
