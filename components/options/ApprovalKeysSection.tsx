import { useId, useState } from 'react';
import type { KeyParseResult, ReviewerPublicKey } from '../../lib/approval/keys';
import type { SignerInfo } from '../../lib/approval/signer';
import { REVIEWER_TITLES, type ReviewerTitle } from '../../lib/approval/titles';
import { lockOf, type EffectiveSettings, type Settings, type TrustedKeySetting } from '../../lib/settings';
import { LockedCheckbox, LockNote, type Tr } from './fields';

/** What the options page does with keys (the entrypoint wires these to the keys database). */
export interface ApprovalKeyHandlers {
  /** This profile's signing key; undefined while loading. */
  signer: SignerInfo | null | undefined;
  /** The one-line public key of `signer`, to copy. */
  publicKeyString?: string;
  createKey(who: { name: string; unit?: string; role: ReviewerTitle }): void;
  deleteKey(): void;
  downloadPublicKey(): void;
  readKey(text: string): Promise<KeyParseResult>;
  /** Now, for the added-at stamp. */
  now?(): Date;
}

export interface ApprovalKeysSectionProps {
  effective: EffectiveSettings;
  local: Settings;
  tr: Tr;
  handlers: ApprovalKeyHandlers;
  onChange(approval: Settings['approval']): void;
}

/**
 * 审核签发 in the options page: the reviewer's own key (create, export with its fingerprint,
 * delete), the trusted reviewers (add by file or paste after comparing the fingerprint, revoke),
 * the office's policy keys read-only, and whether every tier blocks.
 */
export function ApprovalKeysSection({ effective, local, tr, handlers, onChange }: ApprovalKeysSectionProps) {
  const strictLock = lockOf(effective.locks, 'approval.strict');
  const keysLock = lockOf(effective.locks, 'approval.trustedKeys');
  const strict = strictLock ? effective.settings.approval.strict : local.approval.strict;
  const set = (next: Partial<Settings['approval']>) => onChange({ ...local.approval, ...next });
  return (
    <>
      <LockedCheckbox
        name="approval-strict"
        label={tr('options.approval.strict')}
        checked={strict}
        lock={strictLock}
        tr={tr}
        onChange={(checked) => set({ strict: checked })}
      />
      <MyKey local={local} tr={tr} handlers={handlers} onTitle={(title) => set({ title })} />
      <TrustedKeys
        effective={effective}
        keys={keysLock ? [] : local.approval.trustedKeys}
        lock={keysLock}
        tr={tr}
        handlers={handlers}
        onChange={(trustedKeys) => set({ trustedKeys })}
      />
    </>
  );
}

function MyKey({
  local,
  tr,
  handlers,
  onTitle,
}: {
  local: Settings;
  tr: Tr;
  handlers: ApprovalKeyHandlers;
  onTitle(title: ReviewerTitle): void;
}) {
  const nameId = useId();
  const unitId = useId();
  const roleId = useId();
  const [name, setName] = useState(local.profile.name);
  const [unit, setUnit] = useState(local.profile.unit);
  const role = local.approval.title;
  const { signer } = handlers;
  return (
    <div className="approval-my-key" id="approval-my-key">
      <h3>{tr('options.approval.myKey')}</h3>
      {signer ? (
        <>
          <p className="approval-signer">
            {tr('options.approval.keyInfo', { name: signer.name, title: tr(`approval.title.${signer.role}`), unit: signer.unit ?? '' })}
          </p>
          <p>
            {tr('options.approval.fingerprint')}
            <code className="fingerprint" id="approval-own-fingerprint">
              {signer.fingerprint}
            </code>
          </p>
          <div className="field">
            <label htmlFor="approval-public-key">{tr('options.approval.exportString')}</label>
            <textarea
              id="approval-public-key"
              readOnly
              rows={3}
              value={handlers.publicKeyString ?? ''}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <div className="field button-row">
            <button type="button" id="approval-download-key" onClick={handlers.downloadPublicKey}>
              {tr('options.approval.exportFile')}
            </button>
            <button type="button" id="approval-delete-key" onClick={handlers.deleteKey}>
              {tr('options.approval.deleteKey')}
            </button>
          </div>
        </>
      ) : signer === null ? (
        <form
          className="approval-create"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) handlers.createKey({ name: name.trim(), ...(unit.trim() ? { unit: unit.trim() } : {}), role });
          }}
        >
          <p className="hint">{tr('options.approval.noKey')}</p>
          <div className="field">
            <label htmlFor={nameId}>{tr('options.approval.name')}</label>
            <input
              id={nameId}
              name="approval-name"
              type="text"
              maxLength={50}
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={unitId}>{tr('options.approval.unit')}</label>
            <input id={unitId} name="approval-unit" type="text" maxLength={100} value={unit} onChange={(e) => setUnit(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={roleId}>{tr('options.approval.role')}</label>
            <select id={roleId} name="approval-role" value={role} onChange={(e) => onTitle(e.target.value as ReviewerTitle)}>
              {REVIEWER_TITLES.map((t) => (
                <option key={t} value={t}>
                  {tr(`approval.title.${t}`)}
                </option>
              ))}
            </select>
            <p className="hint">{tr('options.approval.roleHint')}</p>
          </div>
          <button type="submit" id="approval-create-key" disabled={!name.trim()}>
            {tr('options.approval.create')}
          </button>
          <p className="hint">{tr('options.approval.createHint')}</p>
        </form>
      ) : null}
    </div>
  );
}

interface TrustedKeysProps {
  effective: EffectiveSettings;
  keys: readonly TrustedKeySetting[];
  lock: ReturnType<typeof lockOf>;
  tr: Tr;
  handlers: ApprovalKeyHandlers;
  onChange(keys: TrustedKeySetting[]): void;
}

function TrustedKeys({ effective, keys, lock, tr, handlers, onChange }: TrustedKeysProps) {
  const pasteId = useId();
  const fileId = useId();
  const [text, setText] = useState('');
  const [pending, setPending] = useState<ReviewerPublicKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = async (input: string) => {
    const result = await handlers.readKey(input);
    if (!result.ok) {
      setPending(null);
      return setError(tr(`options.approval.badKey.${result.reason}`));
    }
    if (keys.some((k) => k.kid === result.key.kid)) {
      setPending(null);
      return setError(tr('options.approval.duplicate'));
    }
    setError(null);
    setPending(result.key);
  };
  const policyKeys = effective.reviewerKeys;
  return (
    <div className="approval-trusted" id="approval-trusted">
      <h3>{tr('options.approval.trusted')}</h3>
      {keys.length || policyKeys.length ? (
        <table className="trusted-keys">
          <thead>
            <tr>
              <th scope="col">{tr('options.approval.col.name')}</th>
              <th scope="col">{tr('options.approval.col.role')}</th>
              <th scope="col">{tr('options.approval.col.fingerprint')}</th>
              <th scope="col">{tr('options.approval.col.status')}</th>
              <th scope="col">{tr('options.approval.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {policyKeys.map((k, i) => (
              <tr key={`policy-${i}`} data-source="policy">
                <td>{k.unit ? tr('options.policy.keyWithUnit', { name: k.name, unit: k.unit }) : k.name}</td>
                <td>{k.role ? tr(`approval.title.${k.role}`) : ''}</td>
                <td>
                  <code>{typeof k.publicKey.kid === 'string' ? k.publicKey.kid : ''}</code>
                </td>
                <td>{k.revoked ? tr('options.approval.revoked') : tr('options.approval.active')}</td>
                <td>{tr('options.approval.fromPolicy')}</td>
              </tr>
            ))}
            {keys.map((k) => (
              <tr key={k.kid} data-kid={k.kid} data-revoked={String(k.revoked)}>
                <td>{k.unit ? tr('options.policy.keyWithUnit', { name: k.name, unit: k.unit }) : k.name}</td>
                <td>{tr(`approval.title.${k.role}`)}</td>
                <td>
                  <code className="fingerprint">{k.fingerprint}</code>
                </td>
                <td>{k.revoked ? tr('options.approval.revoked') : tr('options.approval.active')}</td>
                <td className="button-row">
                  <button
                    type="button"
                    className="approval-revoke"
                    aria-label={k.revoked ? undefined : tr('options.approval.revokeLabel', { name: k.name })}
                    onClick={() => onChange(keys.map((x) => (x.kid === k.kid ? { ...x, revoked: !x.revoked } : x)))}
                  >
                    {k.revoked ? tr('options.approval.restore') : tr('options.approval.revoke')}
                  </button>
                  <button type="button" className="approval-remove" onClick={() => onChange(keys.filter((x) => x.kid !== k.kid))}>
                    {tr('options.approval.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">{tr('options.approval.noTrusted')}</p>
      )}
      <LockNote id="approval-keys-lock" reason={lock} tr={tr} />
      {lock ? null : (
        <fieldset className="field approval-add">
          <legend>{tr('options.approval.addTitle')}</legend>
          <label htmlFor={fileId}>{tr('options.approval.addFile')}</label>
          <input
            id={fileId}
            name="approval-key-file"
            type="file"
            accept=".jwk,.json,application/json,text/plain"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) await read(await file.text());
            }}
          />
          <label htmlFor={pasteId}>{tr('options.approval.addPaste')}</label>
          <textarea id={pasteId} name="approval-key-paste" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="button" id="approval-read-key" onClick={() => void read(text)}>
            {tr('options.approval.read')}
          </button>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
          {pending ? (
            <div className="approval-confirm" role="group" aria-labelledby="approval-confirm-prompt">
              <p id="approval-confirm-prompt">{tr('options.approval.confirmPrompt')}</p>
              <p>
                {tr('options.approval.keyInfo', {
                  name: pending.name,
                  title: tr(`approval.title.${pending.role}`),
                  unit: pending.unit ?? '',
                })}
              </p>
              <p>
                <code className="fingerprint" id="approval-pending-fingerprint">
                  {pending.fingerprint}
                </code>
              </p>
              <div className="button-row">
                <button
                  type="button"
                  id="approval-confirm-key"
                  onClick={() => {
                    const { kid, fingerprint, name, unit, role, publicKey } = pending;
                    onChange([
                      ...keys,
                      {
                        kid,
                        fingerprint,
                        name,
                        ...(unit ? { unit } : {}),
                        role,
                        publicKey,
                        revoked: false,
                        addedAt: (handlers.now?.() ?? new Date()).toISOString(),
                      },
                    ]);
                    setPending(null);
                    setText('');
                  }}
                >
                  {tr('options.approval.confirm')}
                </button>
                <button type="button" onClick={() => setPending(null)}>
                  {tr('options.approval.cancel')}
                </button>
              </div>
            </div>
          ) : null}
        </fieldset>
      )}
    </div>
  );
}
