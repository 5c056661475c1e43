/** Small display helpers shared by the dashboard views (pure). */
import type { Localized } from '../../lib/engine/rule';
import type { Locale } from '../../lib/i18n';
import { translator } from '../../lib/i18n';
import { ruleById } from '../../lib/rules';

export interface PlatformName {
  id: string;
  name: Localized;
}

export function platformLabel(platforms: readonly PlatformName[], id: string, locale: Locale): string {
  return platforms.find((p) => p.id === id)?.name[locale] ?? id;
}

export function accountLabel(platforms: readonly PlatformName[], platform: string, account: string, locale: Locale): string {
  const tr = translator(locale);
  return tr('dashboard.accountLabel', {
    platform: platformLabel(platforms, platform, locale),
    account: account || tr('dashboard.noAccount'),
  });
}

/** A record's title as shown; posts on Weibo, Douyin and the like have none. */
export function titleLabel(title: string, locale: Locale): string {
  return title.trim() || translator(locale)('dashboard.untitled');
}

/** Beijing time, minutes: 2026-11-26 14:03. */
export const beijingMinute = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 16);

/** A rule as people know it (手机号码未脱敏), not its id; an id no rule has any more is shown as stored. */
export const ruleLabel = (id: string, locale: Locale): string => ruleById(id)?.meta.name[locale] ?? id;

/** Several rules by name, joined the locale's way. */
export const ruleLabels = (ids: readonly string[], locale: Locale): string =>
  ids.map((id) => ruleLabel(id, locale)).join(translator(locale)('list.separator'));

/** A month as people write it: 2026年12月, December 2026. */
export function monthLabel(month: string, locale: Locale): string {
  const [year, m] = month.split('-').map(Number);
  // English names the month (December 2026); Chinese numbers it (2026年12月).
  const name = locale === 'zh' ? m : new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
  return translator(locale)('dashboard.month', { year, month: name });
}
