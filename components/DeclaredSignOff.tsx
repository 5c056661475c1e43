import { useState } from 'react';
import { REVIEWER_TITLES, canSign, type ReviewerTitle } from '../lib/approval/titles';
import type { Tier } from '../lib/engine/rule';
import type { Locale } from '../lib/i18n/messages';
import { pageTranslator as translator } from '../lib/i18n/page';
import type { DeclaredSignOff as SignOff } from '../lib/page/controller';

export interface DeclaredSignOffProps {
  /** The tier the draft needs; only titles entitled to sign it are offered. */
  tier: Tier;
  locale?: Locale;
  onDeclare(signOff: SignOff): void;
  /** The clock (tests pass a fixed one). */
  now?(): Date;
}

/** `YYYY-MM-DDTHH:mm` in local time, what a datetime-local field shows. */
const localValue = (d: Date): string => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};

/**
 * The gate dialog's 登记签发 section, where an office uses no reviewer keys: who signed the draft off,
 * their title and when. Recorded as declared — a statement, not a verified signature.
 */
export function DeclaredSignOff({ tier, locale = 'zh', onDeclare, now = () => new Date() }: DeclaredSignOffProps) {
  const tr = translator(locale);
  const titles = REVIEWER_TITLES.filter((r) => canSign(r, tier));
  const [name, setName] = useState('');
  const [title, setTitle] = useState<ReviewerTitle>(titles[0]);
  const [at, setAt] = useState(() => localValue(now()));
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const when = new Date(at);
    if (!name.trim()) return setError(tr('signoff.badName'));
    // A minute's grace for the clock; a sign-off cannot come after the click that declares it.
    if (Number.isNaN(when.getTime()) || when.getTime() > now().getTime() + 60_000) return setError(tr('signoff.badTime'));
    setError(null);
    onDeclare({ name: name.trim().slice(0, 50), title, at: when.toISOString() });
  };
  return (
    <fieldset className="gpg-signoff">
      <legend>{tr('signoff.title')}</legend>
      <p className="gpg-signoff-intro">{tr('signoff.intro', { tier: tr(`tier.${tier}`), signer: tr(`approval.signer.${tier}`) })}</p>
      <label>
        {tr('signoff.name')}
        <input
          type="text"
          name="gpg-signoff-name"
          value={name}
          maxLength={50}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
      </label>
      <label>
        {tr('signoff.role')}
        <select name="gpg-signoff-role" value={title} onChange={(e) => setTitle(e.target.value as ReviewerTitle)}>
          {titles.map((r) => (
            <option key={r} value={r}>
              {tr(`approval.title.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('signoff.at')}
        <input type="datetime-local" name="gpg-signoff-at" value={at} onChange={(e) => setAt(e.target.value)} />
      </label>
      {error ? (
        <p className="gpg-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="gpg-signoff-submit" onClick={submit}>
        {tr('signoff.submit')}
      </button>
    </fieldset>
  );
}
