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
/** domain-rules §F: warn two days before the window closes. */
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
  return { platform: ref.platform, account: ref.account, days: {}, firstDay: null, lastPost: null, lastOriginal: null, posts: 0, originals: 0 };
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
    out.push({ day, kind: dayKind(day), posts: c?.posts ?? 0, originals: c?.originals ?? 0, future, missed: tracked && day < today && !c && isWorkday(day) });
  }
  return out;
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
