/**
 * The publication record: what the content script sends when a publish action is released
 * (`publicationInputSchema`), and what the log stores (`publicationRecordSchema`, schema
 * version 2: hash-chained per device). Art. 31 (归档) and Art. 33 (日志记录和安全审计).
 */
import { z } from 'zod/mini';
import { CATEGORIES, SEVERITIES, TIERS } from '../engine/rule';
import { REVIEWER_TITLES } from '../approval/titles';
import { APPROVAL_STATUSES } from '../approval/status';
import { SNAPSHOT_MODES } from './snapshot';
import { publicKeyJwkSchema, signatureSchema } from './key-schema';
import { LIMITS } from './limits';

/** Schema version of stored records; bump with a Dexie upgrade in lib/log/db.ts. */
export const LOG_SCHEMA_VERSION = 2;
/** prevHash of the first record of a device's chain. */
export const GENESIS_HASH = '0'.repeat(64);

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** A day in China Standard Time (UTC+8), the calendar Art. 22 counts in. */
export const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const findingSummarySchema = z.object({
  ruleId: z.string().check(z.maxLength(100)),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
});
export const overrideSchema = z.object({
  ruleIds: z.array(z.string().check(z.maxLength(100))).check(z.minLength(1)),
  reason: z.string().check(z.minLength(10), z.maxLength(LIMITS.reason)),
});

/** 'unread': published on a platform's editor page where no draft could be read (not an original). */
export const ORIGINS = ['original', 'repost', 'unread'] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * What covered the sign-off a draft needed (Art. 21): a signature verified against a trusted key,
 * this browser's own key (only where policy allows a one-person office), a sign-off the editor
 * declared (who, title, when; not a signature), or nothing.
 */
export const SIGN_OFF_COVERAGE = ['verified', 'self', 'declared', 'none'] as const;
export type SignOffCoverage = (typeof SIGN_OFF_COVERAGE)[number];
export const approvalSchema = z.object({
  /** The signed approval token as presented, or null when only a status is known. */
  token: z.nullable(z.string().check(z.maxLength(16_384))),
  status: z.enum(APPROVAL_STATUSES),
  tier: z.nullable(z.enum(TIERS)),
  reviewer: z.nullable(z.string().check(z.maxLength(100))),
  /** Absent on records written before sign-off coverage was kept. */
  coverage: z.optional(z.enum(SIGN_OFF_COVERAGE)),
  /** A declared sign-off: the name, title and time the editor gave (as declared, unverified). */
  declaredName: z.optional(z.string().check(z.maxLength(50))),
  declaredRole: z.optional(z.enum(REVIEWER_TITLES)),
  declaredAt: z.optional(z.iso.datetime()),
});
export type Approval = z.infer<typeof approvalSchema>;

/**
 * attempted: released, nothing more known; confirmed: the platform showed success; abandoned: the
 * tab was closed before the success page a platform goes to after every publish (likely never
 * sent: not counted as a post); unconfirmed: that success page did not show within the time limit.
 */
export const OUTCOMES = ['attempted', 'confirmed', 'unconfirmed', 'abandoned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the content script sends (message recordPublication), fitted to LIMITS (lib/log/limits.ts). */
export const publicationInputSchema = z.object({
  platform: z.string().check(z.maxLength(40)),
  url: z.url().check(z.maxLength(LIMITS.url)),
  title: z.string().check(z.maxLength(LIMITS.title)),
  /** SHA-256 (hex) of the normalised title and body. */
  contentHash: sha256,
  requiredApproval: z.enum(TIERS),
  findings: z.array(findingSummarySchema).check(z.maxLength(LIMITS.findings)),
  overrides: z.array(overrideSchema).check(z.maxLength(100)),
  practice: z._default(z.boolean(), false),
  /** The draft's plain text; the background keeps all, an excerpt or none of it (settings log.snapshot). */
  text: z.optional(z.string().check(z.maxLength(LIMITS.text))),
  origin: z.optional(z.enum(ORIGINS)),
  /** The source a repost names (来源：新华社), when the draft names one. */
  source: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  /** The account's name as filed (settings accounts); the background fills it when the platform has one account. */
  account: z.optional(z.string().check(z.maxLength(60))),
  approval: z.optional(z.nullable(approvalSchema)),
});
export type PublicationInput = z.input<typeof publicationInputSchema>;

/** A piece of personal data masked out of a stored text: which rule found it, where it is now. */
export const maskSchema = z.object({
  ruleId: z.string().check(z.maxLength(100)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type Mask = z.infer<typeof maskSchema>;

export const snapshotSchema = z.object({
  mode: z.enum(SNAPSHOT_MODES),
  /** Full text, the first EXCERPT_LENGTH characters, or null (hash only: contentHash stands for it). */
  text: z.nullable(z.string().check(z.maxLength(LIMITS.text))),
  /**
   * Personal data masked in `text` (Art. 24, 40); absent in mode 'unmasked' (only a policy asks
   * for it) and in records written before masking, whose text an export masks on the way out.
   */
  masks: z.optional(z.array(maskSchema).check(z.maxLength(LIMITS.text))),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
export const EXCERPT_LENGTH = 200;

/** Strict: a record with fields the schema does not know is not one this publicationLog wrote. */
export const publicationRecordSchema = z.strictObject({
  v: z.literal(LOG_SCHEMA_VERSION),
  id: z.uuid(),
  /** The browser profile that wrote the record: each device keeps its own chain. */
  deviceId: z.uuid(),
  /** Position in the device's chain, from 1. */
  seq: z.int().check(z.positive()),
  time: z.iso.datetime(),
  day: daySchema,
  platform: z.string().check(z.maxLength(40)),
  /** '' when the account could not be told (several accounts on the platform and none named). */
  account: z.string().check(z.maxLength(60)),
  url: z.url().check(z.maxLength(LIMITS.url)),
  title: z.string().check(z.maxLength(LIMITS.title)),
  contentHash: sha256,
  snapshot: snapshotSchema,
  origin: z.enum(ORIGINS),
  source: z.nullable(z.string().check(z.maxLength(200))),
  requiredApproval: z.enum(TIERS),
  findings: z.array(findingSummarySchema).check(z.maxLength(LIMITS.findings)),
  /** Distinct finding categories, sorted (an index for filters). */
  categories: z.array(z.enum(CATEGORIES)),
  overrides: z.array(overrideSchema).check(z.maxLength(100)),
  /** 1 when any blocking finding was published with a written reason (IndexedDB cannot index booleans). */
  overridden: z.union([z.literal(0), z.literal(1)]),
  approval: z.nullable(approvalSchema),
  approvalStatus: z.enum(APPROVAL_STATUSES),
  practice: z.boolean(),
  /** Set when the record was carried over from schema version 1 (sealed into the chain at upgrade). */
  migratedFrom: z.optional(z.literal(1)),
  prevHash: sha256,
  hash: sha256,
  /** Mutable status, outside the hash: attempted at the click, confirmed when the platform shows success. */
  outcome: z.enum(OUTCOMES),
  confirmedAt: z.nullable(z.iso.datetime()),
});
export type PublicationRecord = z.infer<typeof publicationRecordSchema>;

/** Fields left out of the hash: the hash itself and the outcome status that may change later. */
export const UNHASHED_FIELDS = ['hash', 'outcome', 'confirmedAt'] as const;

/** The version-1 record, kept to read and migrate old data. */
export const publicationRecordV1Schema = z.object({
  platform: z.string().check(z.maxLength(40)),
  url: z.url().check(z.maxLength(LIMITS.url)),
  title: z.string().check(z.maxLength(LIMITS.title)),
  contentHash: sha256,
  requiredApproval: z.enum(TIERS),
  findings: z.array(findingSummarySchema).check(z.maxLength(LIMITS.findings)),
  overrides: z.array(overrideSchema).check(z.maxLength(100)),
  practice: z._default(z.boolean(), false),
  id: z.uuid(),
  time: z.iso.datetime(),
  outcome: z.enum(OUTCOMES),
});
export type PublicationRecordV1 = z.infer<typeof publicationRecordV1Schema>;

/** The head of a device's chain, and the checkpoint that stands for a pruned prefix. */
export const checkpointSchema = z.object({
  /** seq and hash of the last pruned record: the first kept record links to them. */
  seq: z.int().check(z.positive()),
  hash: sha256,
  /** Records pruned so far, and the time of the newest of them. */
  count: z.int().check(z.positive()),
  through: z.iso.datetime(),
  prunedAt: z.iso.datetime(),
  retentionDays: z.int().check(z.positive()),
  /** The device key's signature (lib/log/device-key.ts); absent in exports from before device keys. */
  signature: z.optional(signatureSchema),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const chainHeadSchema = z.object({
  deviceId: z.uuid(),
  /** 0 and GENESIS_HASH for an empty chain. */
  seq: z.int().check(z.nonnegative()),
  hash: sha256,
  checkpoint: z.nullable(checkpointSchema),
  /** The device's public key and its signature over the head (lib/log/device-key.ts); absent before device keys. */
  publicKey: z.optional(publicKeyJwkSchema),
  signature: z.optional(signatureSchema),
});
export type ChainHead = z.infer<typeof chainHeadSchema>;

/**
 * Whether a record's sign-off was a verified signature (older records: a valid approval). The
 * dashboard's "major without verified approval" lists the major ones for which this is false.
 */
export function verifiedSignOff(r: Pick<PublicationRecord, 'approval' | 'approvalStatus'>): boolean {
  const coverage = r.approval?.coverage;
  return coverage ? coverage === 'verified' : r.approvalStatus === 'valid';
}

/** China Standard Time has no daylight saving: the calendar day is UTC + 8 h. */
export function chinaDay(time: string | Date): string {
  const ms = typeof time === 'string' ? Date.parse(time) : time.getTime();
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}
