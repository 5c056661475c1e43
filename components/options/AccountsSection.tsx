import { useEffect, useState } from 'react';
import type { Locale } from '../../lib/i18n';
import { accountSchema, type Account, type LockReason } from '../../lib/settings';
import { LockNote, type Tr } from './fields';

export interface PlatformChoice {
  id: string;
  name: { zh: string; en: string };
}

export interface AccountsSectionProps {
  accounts: readonly Account[];
  platforms: readonly PlatformChoice[];
  lock: LockReason | undefined;
  locale: Locale;
  tr: Tr;
  onChange(accounts: Account[]): void;
}

const blank = (platform: string): Account => ({ platform, name: '', hostUnit: '', filingNo: '' });

/**
 * Art. 15–17: the accounts the office runs with their host unit and filing number. Rows are
 * edited here and saved once every row is complete, so a half-filled row never reaches storage.
 */
export function AccountsSection({ accounts, platforms, lock, locale, tr, onChange }: AccountsSectionProps) {
  const [rows, setRows] = useState<Account[]>(() => accounts.map((a) => ({ ...a })));
  useEffect(() => {
    setRows((current) =>
      JSON.stringify(current.filter((r) => accountSchema.safeParse(r).success)) === JSON.stringify(accounts)
        ? current
        : accounts.map((a) => ({ ...a })),
    );
  }, [accounts]);
  const incomplete = rows.some((r) => !accountSchema.safeParse(r).success);
  const update = (next: Account[]) => {
    setRows(next);
    if (next.every((r) => accountSchema.safeParse(r).success)) onChange(next.map((r) => accountSchema.parse(r)));
  };
  const patch = (i: number, p: Partial<Account>) => update(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  return (
    <fieldset className="accounts" disabled={lock !== undefined} aria-describedby={lock ? 'accounts-lock' : undefined}>
      <legend className="visually-hidden">{tr('options.accounts.title')}</legend>
      {rows.length === 0 ? <p className="hint">{tr('options.accounts.none')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{tr('options.accounts.platform')}</th>
            <th scope="col">{tr('options.accounts.name')}</th>
            <th scope="col">{tr('options.accounts.hostUnit')}</th>
            <th scope="col">{tr('options.accounts.filingNo')}</th>
            <th scope="col">
              <span className="visually-hidden">{tr('options.accounts.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <select
                  aria-label={tr('options.accounts.rowPlatform', { n: i + 1 })}
                  value={row.platform}
                  onChange={(e) => patch(i, { platform: e.target.value })}
                >
                  {platforms.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name[locale]}
                    </option>
                  ))}
                  {platforms.some((p) => p.id === row.platform) ? null : <option value={row.platform}>{row.platform}</option>}
                </select>
              </td>
              <td>
                <input
                  aria-label={tr('options.accounts.rowName', { n: i + 1 })}
                  required
                  value={row.name}
                  aria-invalid={!row.name.trim() || undefined}
                  onChange={(e) => patch(i, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={tr('options.accounts.rowHostUnit', { n: i + 1 })}
                  required
                  value={row.hostUnit}
                  aria-invalid={!row.hostUnit.trim() || undefined}
                  onChange={(e) => patch(i, { hostUnit: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={tr('options.accounts.rowFilingNo', { n: i + 1 })}
                  value={row.filingNo}
                  onChange={(e) => patch(i, { filingNo: e.target.value })}
                />
              </td>
              <td>
                <button type="button" onClick={() => update(rows.filter((_, j) => j !== i))}>
                  {tr('options.accounts.remove', { n: i + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {incomplete ? (
        <p className="error" role="status">
          {tr('options.accounts.incomplete')}
        </p>
      ) : null}
      <button type="button" onClick={() => setRows([...rows, blank(platforms[0]?.id ?? '')])}>
        {tr('options.accounts.add')}
      </button>
      <LockNote id="accounts-lock" reason={lock} tr={tr} />
    </fieldset>
  );
}
