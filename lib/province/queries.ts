/**
 * The supervising unit's questions as SQL over the `records`, `record_findings` and
 * `record_overrides` views (verified chains only; lib/province/schema.ts). Plain
 * SQL — cast(), case, window functions, string_agg — with no engine-specific function, so the same
 * text runs in DuckDB and in PostgreSQL (`npm run --silent log -- sql` prints it). Dates are
 * China Standard Time days (Art. 22 counts in them); practice records never count.
 */

/** The day the report is as of, checked before it is written into SQL. */
export function asOf(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new RangeError(`not a day: ${today}`);
  return `cast('${today}' as date)`;
}

/**
 * Per account: posts, originals, first and last days, Art. 21 major-tier posts by sign-off, and
 * overrides. One row per account that posted by `today`.
 */
export const accountStatsSql = (today: string) => `
select r.platform, r.account,
  count(*) as posts,
  sum(case when r.origin = 'original' then 1 else 0 end) as originals,
  cast(min(r.day) as varchar) as first_day,
  cast(max(r.day) as varchar) as last_post,
  cast(max(case when r.origin = 'original' then r.day end) as varchar) as last_original,
  ${asOf(today)} - max(r.day) as days_since_post,
  ${asOf(today)} - max(case when r.origin = 'original' then r.day end) as days_since_original,
  sum(case when r.required_approval = 'major' then 1 else 0 end) as major,
  sum(case when r.required_approval = 'major' and r.sign_off <> 'verified' then 1 else 0 end) as major_unverified,
  sum(case when r.required_approval = 'major' and r.sign_off = 'declared' then 1 else 0 end) as major_declared,
  sum(r.overridden) as overridden,
  sum(r.findings) as findings
from records r
where not r.practice and r.day <= ${asOf(today)}
group by r.platform, r.account`;

/**
 * Art. 22: working days (holidays and adjusted working days applied, from the calendar table)
 * from an account's first post up to, not including, today with no post; and the longest run of
 * such days with its first and last day. wd_index counts working days, so a run is a subtraction.
 */
export const workdayGapsSql = (today: string) => `
with acc as (
  select platform, account, min(day) as first_day from records where not practice and day <= ${asOf(today)} group by platform, account
),
start_points as (
  select a.platform, a.account, c.wd_index - case when c.workday then 1 else 0 end as idx
  from acc a join calendar c on c.day = a.first_day
),
end_point as (
  select c.wd_index - case when c.workday then 1 else 0 end + 1 as idx from calendar c where c.day = ${asOf(today)}
),
posted as (
  select distinct r.platform, r.account, c.wd_index as idx
  from records r join calendar c on c.day = r.day
  where c.workday and not r.practice and r.day < ${asOf(today)}
),
points as (
  select platform, account, idx from start_points
  union all select platform, account, idx from posted
  union all select s.platform, s.account, e.idx from start_points s cross join end_point e
),
runs as (
  select platform, account, idx, lead(idx) over (partition by platform, account order by idx) as next_idx from points
),
ranked as (
  select platform, account, idx, next_idx, next_idx - idx - 1 as missed,
    row_number() over (partition by platform, account order by next_idx - idx - 1 desc, idx) as rank_in_account
  from runs where next_idx is not null
)
select g.platform, g.account,
  (select sum(k.missed) from ranked k where k.platform = g.platform and k.account = g.account and k.missed > 0) as missed_days,
  g.missed as longest,
  cast(f.day as varchar) as longest_from,
  cast(t.day as varchar) as longest_to
from ranked g
left join calendar f on f.workday and f.wd_index = g.idx + 1
left join calendar t on t.workday and t.wd_index = g.next_idx - 1
where g.rank_in_account = 1`;

/**
 * Art. 23: runs of 14 days or more without an original, from an account's first post through
 * today (a run still open today counts), across year ends: the count, the longest and where it lies.
 */
export const originalGapsSql = (today: string) => `
with acc as (
  select platform, account, min(day) as first_day from records where not practice and day <= ${asOf(today)} group by platform, account
),
points as (
  select platform, account, first_day - 1 as day from acc
  union all
  select distinct platform, account, day from records where not practice and origin = 'original' and day <= ${asOf(today)}
  union all
  select platform, account, ${asOf(today)} + 1 from acc
),
runs as (
  select platform, account, day, lead(day) over (partition by platform, account order by day) as next_day from points
),
gaps as (
  select platform, account, day + 1 as gap_from, next_day - 1 as gap_to, next_day - day - 1 as days,
    row_number() over (partition by platform, account order by next_day - day - 1 desc, day) as rank_in_account
  from runs where next_day is not null and next_day - day - 1 >= 14
)
select platform, account, count(*) as gaps,
  max(case when rank_in_account = 1 then days end) as longest,
  cast(max(case when rank_in_account = 1 then gap_from end) as varchar) as longest_from,
  cast(max(case when rank_in_account = 1 then gap_to end) as varchar) as longest_to
from gaps group by platform, account`;

/** Where each account sits in the unit hierarchy, as its office filed it. */
export const accountUnitsSql = () => `
select platform, account, unit, province, prefecture, county, department, host_unit from accounts`;

/** Overrides (a blocking finding published with a written reason) by rule. */
export const overridesByRuleSql = (today: string) => `
select o.rule_id, count(*) as overrides, count(distinct o.platform || '/' || o.account) as accounts
from record_overrides o
where not o.practice and o.day <= ${asOf(today)}
group by o.rule_id order by overrides desc, o.rule_id`;

/** Override reasons per account and rule, most frequent first (the reasons people read). */
export const overrideReasonsSql = (today: string, limit: number) => `
select o.platform, o.account, o.rule_id, o.reason, count(*) as times, cast(max(o.day) as varchar) as last_day
from record_overrides o
where not o.practice and o.day <= ${asOf(today)}
group by o.platform, o.account, o.rule_id, o.reason
order by times desc, last_day desc, o.platform, o.account, o.rule_id
limit ${Math.max(1, Math.floor(limit))}`;

/** Findings per category and month. */
export const findingsByMonthSql = (today: string) => `
select f.month, f.category, count(*) as findings
from record_findings f
where not f.practice and f.day <= ${asOf(today)}
group by f.month, f.category order by f.month, f.category`;

/** Devices whose chains are not in the records view: failed verification, or still pending. */
export const failedDevicesSql = () => `
select d.device_id, d.status, d.problem_kind, d.problem_seq, d.problem_id, d.problem_detail,
  (select count(*) from log_records r where r.device_id = d.device_id) as records,
  (select string_agg(distinct r.platform || '/' || r.account, ', ') from log_records r where r.device_id = d.device_id) as accounts
from devices d where not d.ok order by d.device_id`;

/** The database at a glance. */
export const totalsSql = () => `
select
  (select count(*) from records) as records,
  (select count(*) from quarantined) as quarantined,
  (select count(*) from devices) as devices,
  (select count(*) from devices where not ok) as failed_devices,
  (select count(distinct file_sha256) from ingests) as files,
  (select cast(min(day) as varchar) from records) as first_day,
  (select cast(max(day) as varchar) from records) as last_day`;

/** Every query of a report, in the order the README lists them. */
export function allQueries(today: string, reasons = 200): Record<string, string> {
  return {
    totals: totalsSql(),
    accountStats: accountStatsSql(today),
    workdayGaps: workdayGapsSql(today),
    originalGaps: originalGapsSql(today),
    accountUnits: accountUnitsSql(),
    overridesByRule: overridesByRuleSql(today),
    overrideReasons: overrideReasonsSql(today, reasons),
    findingsByMonth: findingsByMonthSql(today),
    failedDevices: failedDevicesSql(),
  };
}
