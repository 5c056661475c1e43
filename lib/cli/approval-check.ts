/**
 * `check --trust KEY.jwk[,KEY2.jwk] --token TOKEN`: verifies a signed approval against each draft
 * and adds `approval` to its result, plus the approval finding when the approval does not cover it.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from './exit';
import { draftHash } from '../engine/canonical';
import { approvalFinding, statusLine } from '../approval/finding';
import { parsePublicKey } from '../approval/keys';
import type { ReviewerTitle } from '../approval/titles';
import type { ApprovalStatus } from '../approval/status';
import { verifyApproval, type TrustedKey, type VerifyReason } from '../approval/token';
import type { Draft } from '../engine/draft';
import type { Finding, Tier } from '../engine/rule';
import type { Locale, translator } from '../i18n';

type Tr = ReturnType<typeof translator>;

/** What each result carries: the contract's status, tier (JSON "level") and reviewer, and why. */
export interface CliApproval {
  status: ApprovalStatus;
  reason: VerifyReason;
  /** The tier the token grants, when it could be read from a verified token. */
  tier: Tier | null;
  reviewer: { name: string; role: ReviewerTitle; unit?: string; kid: string } | null;
  /** The status line the panel shows; used by the text format, left out of JSON. */
  line: string;
}

/** Reads the comma-separated public key files; a file with `"revoked": true` is a revoked key. */
export async function loadTrustedKeys(list: string | undefined, path: (f: string) => string, tr: Tr): Promise<TrustedKey[]> {
  const files = (list ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const keys: TrustedKey[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path(file), 'utf8');
    } catch (e) {
      throw new UsageError(tr('cli.approval.badTrust', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
    }
    const parsed = await parsePublicKey(text);
    if (!parsed.ok) throw new UsageError(tr('cli.approval.badTrust', { file, reason: tr(`options.approval.badKey.${parsed.reason}`) }));
    let revoked = false;
    try {
      revoked = (JSON.parse(text) as { revoked?: unknown }).revoked === true;
    } catch {
      // The one-line GPGKEY1. form carries no revocation flag.
    }
    const { kid, name, unit, role, publicKey } = parsed.key;
    keys.push({ kid, name, ...(unit ? { unit } : {}), role, publicKey, revoked });
  }
  return keys;
}

/** `--token GPGA1.…`, or `--token @file` to read it from a file. */
export function readTokenOption(value: string | undefined, path: (f: string) => string, tr: Tr): string | undefined {
  if (value === undefined || !value.startsWith('@')) return value;
  const file = value.slice(1);
  try {
    return readFileSync(path(file), 'utf8').trim();
  } catch (e) {
    throw new UsageError(tr('cli.error.unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
}

/** What verifying needs of a checked file's result, and what it adds to it. */
export interface ApprovalTarget {
  draft: Draft;
  requiredApproval: Tier;
  findings: Finding[];
  approval?: CliApproval;
}

export async function verifyDrafts(
  results: ApprovalTarget[],
  trusted: TrustedKey[],
  token: string | undefined,
  locale: Locale,
  now = Date.now(),
): Promise<void> {
  for (const r of results) {
    const v = await verifyApproval(token, {
      trusted,
      contentHash: await draftHash(r.draft),
      requiredTier: r.requiredApproval,
      platform: r.draft.platform,
      now,
    });
    const p = v.payload;
    r.approval = {
      status: v.status,
      reason: v.reason,
      tier: p?.tier ?? null,
      reviewer: p ? { name: p.name, role: p.role, ...(p.unit ? { unit: p.unit } : {}), kid: p.kid } : null,
      line: statusLine(v, r.requiredApproval, locale),
    };
    // The CLI has no settings: Art. 21's default (block for major, warn otherwise).
    const finding = approvalFinding(v, r.requiredApproval, { strict: false, locale });
    if (finding) r.findings.push(finding);
  }
}
