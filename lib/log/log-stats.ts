/**
 * The log's statistics: cadence per account, findings by category per month and overrides
 * for the dashboard (cached until the next write), and the popup's reminders from the indexes.
 */
import { CATEGORIES, type Category } from '../engine/rule';
import type { Account } from '../settings/schema';
import { addPost, emptyAccount, accountKey, reminder, type AccountDays, type AccountRef, type Reminder } from './cadence';
import { countsAsPost } from './outcome';
import { addDays } from './holidays';
import type { PublicationLogState } from './log-reads';
import { OVERRIDES_SHOWN, dayStart, type LogStats, type OverrideRow } from './query';
import { chinaDay, type PublicationRecord } from './record';
import { readIds, WHOLE_ID_SPACE } from './scan';

// Large reads: in Chromium, 100k records read in 5,000s take up to 4× as long as in 20,000s.
const CHUNK = 20_000;

export class PublicationLogStats {
  private statsCache?: { generation: number; today: string; accounts: string; stats: LogStats };

  constructor(private readonly state: PublicationLogState) {}

  private get db() {
    return this.state.db;
  }

  private clock(): Date {
    return this.state.clock();
  }

  /** Every record once, in chunks by primary key (no cursor per record). */
  private scan(): AsyncGenerator<PublicationRecord[]> {
    return readIds(this.db, WHOLE_ID_SPACE, CHUNK);
  }

  /** Cadence per account, findings by category per month, overrides: cached until the next write. */
  async stats(accounts: readonly Pick<Account, 'platform' | 'name'>[] = [], today = chinaDay(this.clock())): Promise<LogStats> {
    // Filing an account changes the stats without a write to the log.
    const accountsKey = JSON.stringify(accounts.map((a) => [a.platform, a.name]));
    const cached = this.statsCache;
    if (cached?.generation === this.state.generation && cached.today === today && cached.accounts === accountsKey) return cached.stats;
    const generation = this.state.generation;
    const byAccount = new Map<string, AccountDays>();
    for (const a of accounts)
      byAccount.set(accountKey({ platform: a.platform, account: a.name }), emptyAccount({ platform: a.platform, account: a.name }));
    const months = new Map<string, Record<Category, number>>();
    const notes = new Map<string, number>();
    const overrides: OverrideRow[] = [];
    const platforms = new Set<string>();
    let total = 0;
    for await (const chunk of this.scan()) {
      for (const r of chunk) {
        total++;
        platforms.add(r.platform);
        const key = accountKey(r);
        let acc = byAccount.get(key);
        if (!acc) byAccount.set(key, (acc = emptyAccount(r)));
        addPost(acc, r);
        if (r.findings.length) {
          const month = r.day.slice(0, 7);
          let counts = months.get(month);
          if (!counts) months.set(month, (counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>));
          // Info notes (the sign-off tier, a noted exception) are not problems: counted apart.
          for (const f of r.findings) {
            if (f.severity === 'info') notes.set(month, (notes.get(month) ?? 0) + 1);
            else counts[f.category]++;
          }
        }
        for (const o of r.overrides) {
          overrides.push({
            id: r.id,
            time: r.time,
            platform: r.platform,
            account: r.account,
            title: r.title,
            ruleIds: o.ruleIds,
            reason: o.reason,
          });
        }
      }
    }
    overrides.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
    const stats: LogStats = {
      today,
      total,
      platforms: [...platforms].sort(),
      accounts: [...byAccount.values()].sort((a, b) => a.platform.localeCompare(b.platform) || a.account.localeCompare(b.account, 'zh')),
      categoriesByMonth: [...months.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([month, counts]) => ({ month, counts, notes: notes.get(month) ?? 0 })),
      overrides: overrides.slice(0, OVERRIDES_SHOWN),
      overridesTotal: overrides.length,
    };
    this.statsCache = { generation, today, accounts: accountsKey, stats };
    return stats;
  }

  /** Reminders per account from the indexes only (the popup opens fast with any log size). */
  async reminders(accounts: readonly Pick<Account, 'platform' | 'name'>[] = [], today = chinaDay(this.clock())): Promise<Reminder[]> {
    const t = this.db.publications;
    const refs = new Map<string, AccountRef>();
    for (const a of accounts) refs.set(accountKey({ platform: a.platform, account: a.name }), { platform: a.platform, account: a.name });
    for (const [platform, account] of (await t.orderBy('[platform+account]').uniqueKeys()) as unknown as [string, string][]) {
      refs.set(accountKey({ platform, account }), { platform, account });
    }
    const windowStart = dayStart(addDays(today, -13));
    const out: Reminder[] = [];
    for (const ref of refs.values()) {
      const acc = emptyAccount(ref);
      const { platform, account } = ref;
      const notPractice = (r: PublicationRecord) => countsAsPost(r);
      const [recent, lastPost, lastOriginal] = await Promise.all([
        t.where('[platform+account+time]').between([platform, account, windowStart], [platform, account, '\uffff']).toArray(),
        t
          .where('[platform+account+time]')
          .between([platform, account, ''], [platform, account, '\uffff'])
          .reverse()
          .filter(notPractice)
          .first(),
        t
          .where('[platform+account+origin+time]')
          .between([platform, account, 'original', ''], [platform, account, 'original', '\uffff'])
          .reverse()
          .filter(notPractice)
          .first(),
      ]);
      for (const r of recent) addPost(acc, r);
      acc.lastPost = lastPost ? lastPost.day : null;
      acc.lastOriginal = lastOriginal ? lastOriginal.day : null;
      out.push(reminder(acc, today));
    }
    return out;
  }
}
