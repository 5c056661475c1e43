/** The cadence report per account in Markdown (CLI `log report`), for the supervising unit. */
import { translator, type Locale } from '../i18n';
import { calendar, dailyByAccount, originalGaps, originalWindow, daysBetween, type AccountDays, type CadencePost } from './cadence';
import type { ChainProblem, VerifyReport } from './chain';
import { hasHolidayData } from './holidays';
import { chinaDay } from './record';

/** One line naming the first chain problem (or that the chain is intact). */
export function verdictLine(report: VerifyReport, locale: Locale = 'zh'): string {
  const tr = translator(locale);
  const p = report.firstProblem;
  return p
    ? tr('log.cli.verifyBad', { problem: problemLine(p, locale) })
    : tr('log.cli.verifyOk', { records: report.records, devices: report.devices.length });
}

export function problemLine(p: ChainProblem, locale: Locale = 'zh'): string {
  const tr = translator(locale);
  const device = p.deviceId.slice(0, 8);
  if (p.kind === 'removed') return tr('chain.problem.removed', { device, from: p.missing?.from ?? p.seq, to: p.missing?.to ?? p.seq });
  if (p.kind === 'unchained') return tr('chain.problem.unchained', { count: p.count ?? 0 });
  if (p.kind === 'unsigned' && p.missing) return tr('chain.problem.unsignedPast', { device, from: p.missing.from, to: p.missing.to });
  if (p.kind === 'unsigned' || p.kind === 'rewritten') return tr(`chain.problem.${p.kind}`, { device });
  return tr(`chain.problem.${p.kind}`, { device, seq: p.seq, id: p.id ?? '' });
}

const MAX_DAYS_LISTED = 60;

export interface CadenceOptions {
  today?: string;
  locale?: Locale;
  platformName?: (id: string) => string;
}

export function cadenceReport(
  posts: readonly (CadencePost & { day?: string })[],
  verify: VerifyReport,
  options: CadenceOptions = {},
): string {
  return cadenceReportOf(dailyByAccount(posts), posts.length, verify, options);
}

/** The same report from daily counts already gathered (a stream of records, never held at once). */
export function cadenceReportOf(
  accounts: readonly AccountDays[],
  records: number,
  verify: VerifyReport,
  { today = chinaDay(new Date()), locale = 'zh', platformName = (id: string) => id }: CadenceOptions = {},
): string {
  const tr = translator(locale);
  const sep = tr('list.separator');
  const out = [
    tr('log.report.title'),
    '',
    tr('log.report.summary', { today, records, accounts: accounts.length }),
    '',
    tr('log.report.chain', { verdict: verdictLine(verify, locale) }),
    '',
  ];
  const years = new Set<string>();
  for (const acc of accounts) {
    if (!acc.firstDay || !acc.lastPost) continue;
    const label = tr('dashboard.accountLabel', { platform: platformName(acc.platform), account: acc.account || tr('dashboard.noAccount') });
    const days = calendar(acc, acc.firstDay, today, today);
    for (const d of days) if (!hasHolidayData(d.day)) years.add(d.day.slice(0, 4));
    const missed = days.filter((d) => d.missed).map((d) => d.day);
    const gaps = originalGaps(acc, today);
    const w = originalWindow(acc, today);
    out.push(tr('log.report.account', { account: label }), '');
    out.push(tr('log.report.period', { from: acc.firstDay, to: acc.lastPost }));
    out.push(tr('log.report.posts', { posts: acc.posts, originals: acc.originals }));
    out.push(tr('log.report.lastPost', { day: acc.lastPost, days: daysBetween(acc.lastPost, today) }));
    out.push(
      acc.lastOriginal
        ? tr('log.report.lastOriginal', {
            day: acc.lastOriginal,
            days: w.daysSince ?? 0,
            state: w.daysLeft! < 0 ? tr('originals.overdue', { days: -w.daysLeft! }) : tr('originals.left', { days: w.daysLeft! }),
          })
        : tr('log.report.noOriginal'),
    );
    out.push(tr('log.report.missed', { count: missed.length }));
    if (missed.length)
      out.push(
        tr('log.report.missedDays', {
          days: missed.slice(0, MAX_DAYS_LISTED).join(sep) + (missed.length > MAX_DAYS_LISTED ? sep + '…' : ''),
        }),
      );
    out.push(tr('log.report.gaps', { count: gaps.length }));
    for (const g of gaps) out.push(tr('log.report.gap', g));
    out.push('');
  }
  if (years.size) out.push(tr('log.report.noHolidayData', { years: [...years].sort().join(sep) }), '');
  return out.join('\n');
}
