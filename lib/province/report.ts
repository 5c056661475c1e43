/**
 * The province report's figures, read from the database with the queries of ./queries.ts and
 * rolled up along the unit hierarchy (province → prefecture → county → account) here: at most a
 * few tens of thousands of accounts, never the records themselves.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ORIGINAL_WINDOW_DAYS } from '../log/cadence';
import { hasHolidayData } from '../log/holidays';
import { ensureCalendar } from './ingest';
import { allQueries } from './queries';

export interface AccountRow {
  platform: string;
  account: string;
  province: string;
  prefecture: string;
  county: string;
  department: string;
  unit: string;
  posts: number;
  originals: number;
  firstDay: string;
  lastPost: string;
  lastOriginal: string | null;
  daysSincePost: number;
  /** null: no original on record. */
  daysSinceOriginal: number | null;
  /** Art. 23: 14 days or more without an original as of the report's day. */
  originalOverdue: boolean;
  originalGaps: number;
  longestOriginalGap: { from: string; to: string; days: number } | null;
  /** Art. 22. */
  missedWorkdays: number;
  longestWorkdayGap: { from: string; to: string; days: number } | null;
  /** Art. 21. */
  major: number;
  majorUnverified: number;
  majorDeclared: number;
  overridden: number;
  findings: number;
}

export interface Rollup {
  name: string;
  accounts: number;
  posts: number;
  accountsMissing: number;
  missedWorkdays: number;
  originalOverdue: number;
  majorUnverified: number;
  majorDeclared: number;
  overridden: number;
}

export interface ProvinceReport {
  today: string;
  totals: {
    records: number;
    quarantined: number;
    devices: number;
    failedDevices: number;
    files: number;
    firstDay: string | null;
    lastDay: string | null;
    accounts: number;
  };
  accounts: AccountRow[];
  prefectures: (Rollup & { counties: (Rollup & { members: AccountRow[] })[] })[];
  overridesByRule: { ruleId: string; overrides: number; accounts: number }[];
  overrideReasons: { platform: string; account: string; ruleId: string; reason: string; times: number; lastDay: string }[];
  findingsByMonth: { month: string; category: string; findings: number }[];
  failedDevices: {
    deviceId: string;
    status: string;
    kind: string | null;
    seq: number | null;
    id: string | null;
    detail: string | null;
    records: number;
    accounts: string;
  }[];
  /** Years the report spans that have no holiday table (only weekends are rest days there). */
  yearsWithoutHolidays: string[];
}

/** Hierarchy levels left blank by an office are grouped under this key (rendered as 未填报). */
export const UNFILED = '';

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const s = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  // DuckDB's JS values that are objects (dates, decimals) carry their own toString.
  return (v as { toString(): string }).toString();
};

async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS();
}

const key = (platform: unknown, account: unknown) => `${s(platform)}/${s(account)}`;

export async function provinceReport(conn: DuckDBConnection, today: string, { reasons = 200 } = {}): Promise<ProvinceReport> {
  await ensureCalendar(conn, today);
  const q = allQueries(today, reasons);
  const [totals] = await rows(conn, q.totals);
  const units = new Map((await rows(conn, q.accountUnits)).map((r) => [key(r.platform, r.account), r]));
  const workdays = new Map((await rows(conn, q.workdayGaps)).map((r) => [key(r.platform, r.account), r]));
  const originals = new Map((await rows(conn, q.originalGaps)).map((r) => [key(r.platform, r.account), r]));
  const accounts: AccountRow[] = (await rows(conn, q.accountStats)).map((r) => {
    const u = units.get(key(r.platform, r.account));
    const w = workdays.get(key(r.platform, r.account));
    const o = originals.get(key(r.platform, r.account));
    const daysSinceOriginal = r.days_since_original === null ? null : n(r.days_since_original);
    const firstDay = s(r.first_day);
    const sinceFirst = Math.round((Date.parse(today) - Date.parse(firstDay)) / 86_400_000);
    return {
      platform: s(r.platform),
      account: s(r.account),
      province: s(u?.province),
      prefecture: s(u?.prefecture),
      county: s(u?.county),
      department: s(u?.department),
      unit: s(u?.unit),
      posts: n(r.posts),
      originals: n(r.originals),
      firstDay,
      lastPost: s(r.last_post),
      lastOriginal: r.last_original === null ? null : s(r.last_original),
      daysSincePost: n(r.days_since_post),
      daysSinceOriginal,
      // No original at all counts once the account has been on record for a whole window.
      originalOverdue: daysSinceOriginal === null ? sinceFirst >= ORIGINAL_WINDOW_DAYS : daysSinceOriginal >= ORIGINAL_WINDOW_DAYS,
      originalGaps: n(o?.gaps),
      longestOriginalGap: o ? { from: s(o.longest_from), to: s(o.longest_to), days: n(o.longest) } : null,
      missedWorkdays: n(w?.missed_days),
      longestWorkdayGap: w && n(w.longest) > 0 ? { from: s(w.longest_from), to: s(w.longest_to), days: n(w.longest) } : null,
      major: n(r.major),
      majorUnverified: n(r.major_unverified),
      majorDeclared: n(r.major_declared),
      overridden: n(r.overridden),
      findings: n(r.findings),
    };
  });
  accounts.sort(
    (a, b) =>
      a.prefecture.localeCompare(b.prefecture, 'zh') ||
      a.county.localeCompare(b.county, 'zh') ||
      a.platform.localeCompare(b.platform) ||
      a.account.localeCompare(b.account, 'zh'),
  );
  const years = new Set<string>();
  for (const a of accounts)
    for (let y = Number(a.firstDay.slice(0, 4)); y <= Number(today.slice(0, 4)); y++)
      if (!hasHolidayData(`${y}-01-01`)) years.add(String(y));
  return {
    today,
    totals: {
      records: n(totals.records),
      quarantined: n(totals.quarantined),
      devices: n(totals.devices),
      failedDevices: n(totals.failed_devices),
      files: n(totals.files),
      firstDay: totals.first_day === null ? null : s(totals.first_day),
      lastDay: totals.last_day === null ? null : s(totals.last_day),
      accounts: accounts.length,
    },
    accounts,
    prefectures: rollupHierarchy(accounts),
    overridesByRule: (await rows(conn, q.overridesByRule)).map((r) => ({
      ruleId: s(r.rule_id),
      overrides: n(r.overrides),
      accounts: n(r.accounts),
    })),
    overrideReasons: (await rows(conn, q.overrideReasons)).map((r) => ({
      platform: s(r.platform),
      account: s(r.account),
      ruleId: s(r.rule_id),
      reason: s(r.reason),
      times: n(r.times),
      lastDay: s(r.last_day),
    })),
    findingsByMonth: (await rows(conn, q.findingsByMonth)).map((r) => ({
      month: s(r.month),
      category: s(r.category),
      findings: n(r.findings),
    })),
    failedDevices: (await rows(conn, q.failedDevices)).map((r) => ({
      deviceId: s(r.device_id),
      status: s(r.status),
      kind: r.problem_kind === null ? null : s(r.problem_kind),
      seq: r.problem_seq === null ? null : n(r.problem_seq),
      id: r.problem_id === null ? null : s(r.problem_id),
      detail: r.problem_detail === null ? null : s(r.problem_detail),
      records: n(r.records),
      accounts: s(r.accounts),
    })),
    yearsWithoutHolidays: [...years].sort(),
  };
}

function emptyRollup(name: string): Rollup {
  return {
    name,
    accounts: 0,
    posts: 0,
    accountsMissing: 0,
    missedWorkdays: 0,
    originalOverdue: 0,
    majorUnverified: 0,
    majorDeclared: 0,
    overridden: 0,
  };
}

export function addTo(r: Rollup, a: AccountRow): void {
  r.accounts++;
  r.posts += a.posts;
  if (a.missedWorkdays > 0) r.accountsMissing++;
  r.missedWorkdays += a.missedWorkdays;
  if (a.originalOverdue) r.originalOverdue++;
  r.majorUnverified += a.majorUnverified;
  r.majorDeclared += a.majorDeclared;
  r.overridden += a.overridden;
}

/** Prefectures, their counties and each county's accounts (accounts are already sorted). */
export function rollupHierarchy(accounts: readonly AccountRow[]): ProvinceReport['prefectures'] {
  const prefectures = new Map<string, Rollup & { counties: Map<string, Rollup & { members: AccountRow[] }> }>();
  for (const a of accounts) {
    let p = prefectures.get(a.prefecture);
    if (!p) prefectures.set(a.prefecture, (p = { ...emptyRollup(a.prefecture), counties: new Map() }));
    let c = p.counties.get(a.county);
    if (!c) p.counties.set(a.county, (c = { ...emptyRollup(a.county), members: [] }));
    addTo(p, a);
    addTo(c, a);
    c.members.push(a);
  }
  return [...prefectures.values()].map((p) => ({ ...p, counties: [...p.counties.values()] }));
}

/** The province as one rollup. */
export function provinceRollup(report: ProvinceReport): Rollup {
  const r = emptyRollup('');
  for (const a of report.accounts) addTo(r, a);
  return r;
}
