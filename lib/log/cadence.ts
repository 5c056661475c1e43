/**
 * Posting cadence per account, from the publication log: daily posts on working days (Art. 22:
 * "除节假日外，原则上每天至少更新发布1条信息") and one original in every 14 days (Art. 23:
 * "每2周至少发布1条原创信息"). Days are China Standard Time; practice records do not count.
 */
import { addDays, dayKind, dayNumber, hasHolidayData, isWorkday, type DayKind } from './holidays';
import { countsAsPost } from './outcome';
import { chinaDay, type Origin, type Outcome } from './record';

/** Art. 23: the window in which an original must appear. */
export const ORIGINAL_WINDOW_DAYS = 14;
/** rules README §F: warn two days before the window closes. */
export const ORIGINAL_WARN_DAYS_LEFT = 2;

export interface CadencePost {
  time: string;
  platform: string;
  account: string;
  origin: Origin;
  practice?: boolean;
  /** An abandoned publication (tab closed before the platform's success page) is not a post. */
  outcome?: Outcome;
}

export interface AccountRef {
  platform: string;
  account: string;
}

export const accountKey = (a: AccountRef) => `${a.platform}/${a.account}`;

export interface DayCount {
  posts: number;
  originals: number;
}

export interface AccountDays extends AccountRef {
  /** day → counts, only days with a post. */
  days: Record<string, DayCount>;
  firstDay: string | null;
  lastPost: string | null;
  lastOriginal: string | null;
  posts: number;
  originals: number;
}

export function emptyAccount(ref: AccountRef): AccountDays {
  return {
    platform: ref.platform,
    account: ref.account,
    days: {},
    firstDay: null,
    lastPost: null,
    lastOriginal: null,
    posts: 0,
    originals: 0,
  };
}

/** Adds one post to an account's daily counts (streaming, so 100,000 records need no array). */
export function addPost(acc: AccountDays, post: CadencePost): void {
  if (!countsAsPost(post)) return;
  const day = chinaDay(post.time);
  const c = (acc.days[day] ??= { posts: 0, originals: 0 });
  c.posts++;
  acc.posts++;
  if (!acc.firstDay || day < acc.firstDay) acc.firstDay = day;
  if (!acc.lastPost || day > acc.lastPost) acc.lastPost = day;
  if (post.origin === 'original') {
    c.originals++;
    acc.originals++;
    if (!acc.lastOriginal || day > acc.lastOriginal) acc.lastOriginal = day;
  }
}

/** Daily counts per account, accounts sorted by platform then name. */
export function dailyByAccount(posts: Iterable<CadencePost>, known: readonly AccountRef[] = []): AccountDays[] {
  const map = new Map<string, AccountDays>();
  for (const ref of known) map.set(accountKey(ref), emptyAccount(ref));
  for (const p of posts) {
    const key = accountKey(p);
    let acc = map.get(key);
    if (!acc) map.set(key, (acc = emptyAccount(p)));
    addPost(acc, p);
  }
  return [...map.values()].sort((a, b) => a.platform.localeCompare(b.platform) || a.account.localeCompare(b.account, 'zh'));
}

export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

export interface OriginalWindow {
  /** Days since the last original (null: none on record). */
  daysSince: number | null;
  /** Days left after today before 14 days pass without an original; negative when overdue. */
  daysLeft: number | null;
  state: 'ok' | 'due-soon' | 'overdue' | 'none';
  /** Originals in the 14 days ending today. */
  inWindow: number;
}

export function originalWindow(acc: AccountDays, today: string): OriginalWindow {
  let inWindow = 0;
  for (let d = 0; d < ORIGINAL_WINDOW_DAYS; d++) inWindow += acc.days[addDays(today, -d)]?.originals ?? 0;
  if (!acc.lastOriginal) return { daysSince: null, daysLeft: null, state: 'none', inWindow };
  const daysSince = daysBetween(acc.lastOriginal, today);
  const daysLeft = ORIGINAL_WINDOW_DAYS - 1 - daysSince;
  const state = daysLeft < 0 ? 'overdue' : daysLeft <= ORIGINAL_WARN_DAYS_LEFT ? 'due-soon' : 'ok';
  return { daysSince, daysLeft, state, inWindow };
}

export interface CalendarDay {
  day: string;
  kind: DayKind;
  posts: number;
  originals: number;
  /** A working day (Art. 22) before `today` with no post. */
  missed: boolean;
  /** A past working day before the account's first record: the log cannot say whether it posted. */
  unrecorded: boolean;
  future: boolean;
}

/** Every day from `from` to `to` for one account, with holidays and missed working days. */
export function calendar(acc: AccountDays, from: string, to: string, today: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const day = addDays(from, n - dayNumber(from));
    const c = acc.days[day];
    const future = day > today;
    // Before an account's first post the log cannot speak for it.
    const tracked = acc.firstDay !== null && day >= acc.firstDay;
    // Today is not missed yet: the popup says 今日尚未发布 instead.
    const pastWorkdayWithout = day < today && !c && isWorkday(day);
    out.push({
      day,
      kind: dayKind(day),
      posts: c?.posts ?? 0,
      originals: c?.originals ?? 0,
      future,
      missed: tracked && pastWorkdayWithout,
      unrecorded: !tracked && pastWorkdayWithout,
    });
  }
  return out;
}

/** A day in the all-accounts view: how many accounts posted, missed it, or have no record of it yet. */
export interface AllAccountsDay extends Omit<CalendarDay, 'missed' | 'unrecorded'> {
  accounts: number;
  posted: number;
  /** Accounts that missed this working day; the day is missed when any did. */
  missedBy: number;
  unrecordedBy: number;
  missed: boolean;
  unrecorded: boolean;
}

/** Every account's month laid over one calendar (a supervisor's view of the whole office). */
export function allAccountsCalendar(
  accounts: readonly AccountDays[],
  from: string,
  to: string,
  today: string,
  /** Posts no account can be told for: they count as posts, not as an account that missed a day. */
  unnamed: readonly AccountDays[] = [],
): AllAccountsDay[] {
  const each = accounts.map((a) => calendar(a, from, to, today));
  const extra = unnamed.map((a) => calendar(a, from, to, today));
  const base = calendar(emptyAccount({ platform: '', account: '' }), from, to, today);
  return base.map((d, i) => {
    const days = each.map((c) => c[i]);
    const missedBy = days.filter((x) => x.missed).length;
    const unrecordedBy = days.filter((x) => x.unrecorded).length;
    return {
      day: d.day,
      kind: d.kind,
      future: d.future,
      posts: days.reduce((n, x) => n + x.posts, 0) + extra.reduce((n, c) => n + c[i].posts, 0),
      originals: days.reduce((n, x) => n + x.originals, 0),
      accounts: accounts.length,
      posted: days.filter((x) => x.posts > 0).length,
      missedBy,
      unrecordedBy,
      missed: missedBy > 0,
      unrecorded: missedBy === 0 && unrecordedBy > 0,
    };
  });
}

export interface MonthSummary extends AccountRef {
  posts: number;
  originals: number;
  /** Past working days of the month with no post. */
  missed: number;
  /** Past working days before the account's first record. */
  unrecorded: number;
  lastPost: string | null;
}

/** One line per account for a month: posts, originals, missed and unrecorded working days. */
export function monthSummary(accounts: readonly AccountDays[], from: string, to: string, today: string): MonthSummary[] {
  return accounts.map((a) => {
    const days = calendar(a, from, to, today);
    return {
      platform: a.platform,
      account: a.account,
      posts: days.reduce((n, d) => n + d.posts, 0),
      originals: days.reduce((n, d) => n + d.originals, 0),
      missed: days.filter((d) => d.missed).length,
      unrecorded: days.filter((d) => d.unrecorded).length,
      lastPost: a.lastPost,
    };
  });
}

function mergeInto(into: AccountDays, from: AccountDays): void {
  for (const [day, c] of Object.entries(from.days)) {
    const t = (into.days[day] ??= { posts: 0, originals: 0 });
    t.posts += c.posts;
    t.originals += c.originals;
  }
  into.posts += from.posts;
  into.originals += from.originals;
  const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
  const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  into.firstDay = min(into.firstDay, from.firstDay);
  into.lastPost = max(into.lastPost, from.lastPost);
  into.lastOriginal = max(into.lastOriginal, from.lastOriginal);
}

/**
 * Records made before the editor named an account carry none (''). Where the platform has one
 * named account they are its posts; where it has several they cannot be told apart and are kept
 * out of the per-account views (returned as `unnamed` for the all-accounts view). A platform with
 * no named account keeps them as its only account.
 */
export function foldUnnamed(accounts: readonly AccountDays[]): { accounts: AccountDays[]; unnamed: AccountDays[] } {
  const named = new Map<string, AccountDays[]>();
  for (const a of accounts) if (a.account) named.set(a.platform, [...(named.get(a.platform) ?? []), a]);
  const out: AccountDays[] = [];
  const unnamed: AccountDays[] = [];
  const copies = new Map<AccountDays, AccountDays>();
  const copy = (a: AccountDays) => {
    let c = copies.get(a);
    if (!c) copies.set(a, (c = { ...a, days: Object.fromEntries(Object.entries(a.days).map(([d, n]) => [d, { ...n }])) }));
    return c;
  };
  for (const a of accounts) {
    const siblings = named.get(a.platform);
    if (a.account || !siblings) {
      out.push(copy(a));
      continue;
    }
    if (siblings.length === 1) mergeInto(copy(siblings[0]), a);
    else unnamed.push(a);
  }
  return { accounts: out, unnamed };
}

/** Popup reminders without the pseudo-account of records made before an account was named. */
export function withoutUnnamed<T extends AccountRef>(reminders: readonly T[]): T[] {
  const named = new Set(reminders.filter((r) => r.account).map((r) => r.platform));
  return reminders.filter((r) => r.account || !named.has(r.platform));
}

/** Runs of 14 or more days without an original (Art. 23 missed), from the first post to `today`. */
export function originalGaps(acc: AccountDays, today: string): { from: string; to: string; days: number }[] {
  if (!acc.firstDay) return [];
  const originals = Object.keys(acc.days)
    .filter((d) => acc.days[d].originals > 0)
    .sort();
  const gaps: { from: string; to: string; days: number }[] = [];
  let start = acc.firstDay;
  for (const d of [...originals, addDays(today, 1)]) {
    const days = daysBetween(start, d);
    if (days >= ORIGINAL_WINDOW_DAYS) gaps.push({ from: start, to: addDays(d, -1), days });
    start = addDays(d, 1);
  }
  return gaps;
}

export interface Reminder extends AccountRef {
  /** Today is a working day and the account has not posted. */
  notPostedToday: boolean;
  workday: boolean;
  lastPost: string | null;
  daysSincePost: number | null;
  original: OriginalWindow;
}

export function reminder(acc: AccountDays, today: string): Reminder {
  return {
    platform: acc.platform,
    account: acc.account,
    workday: isWorkday(today),
    notPostedToday: isWorkday(today) && !acc.days[today],
    lastPost: acc.lastPost,
    daysSincePost: acc.lastPost ? daysBetween(acc.lastPost, today) : null,
    original: originalWindow(acc, today),
  };
}

export { hasHolidayData, isWorkday };
