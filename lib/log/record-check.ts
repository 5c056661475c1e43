/**
 * A quick check of a parsed export record for the province ingest's hot path (ten million records),
 * beside the zod schema, never instead of it: `acceptedRecord` returns the value itself when it is
 * one zod certainly accepts AND whose zod output equals it (no key zod would strip, no URL zod
 * would trim), and null otherwise — then the caller asks zod, whose verdict and message stand.
 * So every record is judged by the schema's semantics; this only skips zod's copy of the common
 * case. Every condition here is as strict as the schema's or stricter (ids lowercase, times as
 * toISOString writes them, URLs printable ASCII). lib/log/record-check.test.ts checks the
 * implication on generated and mutated records, and fails when the schema changes shape.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES, TIERS } from '../engine/rule';
import { APPROVAL_STATUSES } from '../approval/status';
import { REVIEWER_TITLES } from '../approval/titles';
import { LIMITS } from './limits';
import { LOG_SCHEMA_VERSION, ORIGINS, OUTCOMES, SIGN_OFF_COVERAGE } from './record';
import { SNAPSHOT_MODES } from './snapshot';
import type { StreamedRecord } from './stream';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number): boolean => v === null || str(v, max);
const oneOf = (values: readonly string[]) => {
  const set = new Set<unknown>(values);
  return (v: unknown) => set.has(v);
};
const isCategory = oneOf(CATEGORIES);
const isSeverity = oneOf(SEVERITIES);
const isTier = oneOf(TIERS);
const isOrigin = oneOf(ORIGINS);
const isOutcome = oneOf(OUTCOMES);
const isStatus = oneOf(APPROVAL_STATUSES);
const isMode = oneOf(SNAPSHOT_MODES);
const isCoverage = oneOf(SIGN_OFF_COVERAGE);
const isTitle = oneOf(REVIEWER_TITLES);
const isNonNegativeInt = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Own enumerable keys (anything inherited counts too, and fails the check: zod decides then). */
function keyCount(o: Obj): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** Lowercase hex digits, by char code. */
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdef') HEX[c.charCodeAt(0)] = 1;

function isSha256(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 64) return false;
  for (let i = 0; i < 64; i++) if (!HEX[v.charCodeAt(i)]) return false;
  return true;
}

/** A lowercase RFC 4122 id, versions 1–8: a subset of what zod's uuid() accepts. */
function isUuid(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = v.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 0x2d) return false;
    } else if (!HEX[c]) return false;
  }
  const version = v.charCodeAt(14);
  const variant = v.charCodeAt(19);
  return version >= 0x31 && version <= 0x38 && (variant === 0x38 || variant === 0x39 || variant === 0x61 || variant === 0x62);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Two digits from `at` below `limit` (as a number). */
const twoDigitsBelow = (v: string, at: number, limit: number) =>
  isDigit(v.charCodeAt(at)) && isDigit(v.charCodeAt(at + 1)) && (v.charCodeAt(at) - 0x30) * 10 + v.charCodeAt(at + 1) - 0x30 < limit;

/** Calendar dates (YYYY-MM-DD) as zod's own ISO date check judges them, remembered: a province-year spans few. */
const isoDate = z.iso.date();
const dates = new Map<string, boolean>();
function isDate(day: string): boolean {
  let ok = dates.get(day);
  if (ok === undefined) {
    if (dates.size > 10_000) dates.clear();
    dates.set(day, (ok = isoDate.safeParse(day).success));
  }
  return ok;
}

/** YYYY-MM-DDTHH:MM:SS.sssZ (toISOString's form) on a date zod's calendar accepts: a subset of z.string().datetime(). */
function isIsoTime(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 24) return false;
  if (v.charCodeAt(10) !== 0x54 || v.charCodeAt(13) !== 0x3a || v.charCodeAt(16) !== 0x3a || v.charCodeAt(19) !== 0x2e) return false;
  if (v.charCodeAt(23) !== 0x5a) return false;
  if (!twoDigitsBelow(v, 11, 24) || !twoDigitsBelow(v, 14, 60) || !twoDigitsBelow(v, 17, 60)) return false;
  if (!isDigit(v.charCodeAt(20)) || !isDigit(v.charCodeAt(21)) || !isDigit(v.charCodeAt(22))) return false;
  return isDate(v.slice(0, 10));
}

/** \d{4}-\d{2}-\d{2} (the record's `day`: any digits, as its schema's regex). */
function isDayPattern(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 0x2d || v.charCodeAt(7) !== 0x2d) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(v.charCodeAt(i))) return false;
  return true;
}

/**
 * A URL zod's url() accepts unchanged: printable ASCII only (so nothing for it to trim or strip),
 * and parseable by the same URL.canParse it calls.
 */
function isUrl(v: unknown, max: number): boolean {
  if (typeof v !== 'string' || v.length > max || v.length === 0) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  // Where URL.canParse is missing (older browsers) zod decides, as it would with new URL().
  return typeof URL.canParse === 'function' && URL.canParse(v);
}

function isFinding(f: unknown): boolean {
  return isObject(f) && keyCount(f) === 3 && str(f.ruleId, 100) && isCategory(f.category) && isSeverity(f.severity);
}

function isOverride(o: unknown): boolean {
  if (!isObject(o) || keyCount(o) !== 2) return false;
  const { ruleIds, reason } = o;
  if (!Array.isArray(ruleIds) || ruleIds.length < 1) return false;
  for (const r of ruleIds) if (!str(r, 100)) return false;
  return typeof reason === 'string' && reason.length >= 10 && reason.length <= LIMITS.reason;
}

function isMask(m: unknown): boolean {
  return isObject(m) && keyCount(m) === 3 && str(m.ruleId, 100) && isNonNegativeInt(m.start) && isNonNegativeInt(m.end);
}

function isSnapshot(s: unknown): boolean {
  if (!isObject(s) || !isMode(s.mode) || !strOrNull(s.text, LIMITS.text)) return false;
  if (s.masks === undefined) return keyCount(s) === 2;
  if (keyCount(s) !== 3 || !Array.isArray(s.masks) || s.masks.length > LIMITS.text) return false;
  for (const m of s.masks) if (!isMask(m)) return false;
  return true;
}

function isApproval(a: unknown): boolean {
  if (a === null) return true;
  if (!isObject(a)) return false;
  if (!strOrNull(a.token, 16_384) || !isStatus(a.status) || !(a.tier === null || isTier(a.tier)) || !strOrNull(a.reviewer, 100))
    return false;
  let n = 4;
  if (a.coverage !== undefined && (n++, !isCoverage(a.coverage))) return false;
  if (a.declaredName !== undefined && (n++, !str(a.declaredName, 50))) return false;
  if (a.declaredRole !== undefined && (n++, !isTitle(a.declaredRole))) return false;
  if (a.declaredAt !== undefined && (n++, !isIsoTime(a.declaredAt))) return false;
  return keyCount(a) === n;
}

function isCoverageField(c: unknown): boolean {
  if (typeof c === 'string') return c.length <= 40;
  // A loose object: zod keeps every key as it is (but an own __proto__, which it drops), and checks only these two.
  if (!isObject(c) || !(c.kind === undefined || str(c.kind, 40)) || !(c.status === undefined || str(c.status, 40))) return false;
  for (const k in c) if (k === '__proto__') return false;
  return true;
}

function every(list: unknown, max: number, item: (v: unknown) => boolean): boolean {
  if (!Array.isArray(list) || list.length > max) return false;
  for (const v of list) if (!item(v)) return false;
  return true;
}

/** Keys of a record every record has (streamedRecordSchema less its optional keys). */
const REQUIRED_KEYS = 26;

/**
 * The value as a record when zod would accept it and return an equal value; null when zod must
 * decide (it may still accept it: an uppercase id, a time without milliseconds, an unusual URL).
 */
export function acceptedRecord(value: unknown): StreamedRecord | null {
  if (!isObject(value)) return null;
  const r = value;
  let n = REQUIRED_KEYS;
  const ok =
    r.v === LOG_SCHEMA_VERSION &&
    isUuid(r.id) &&
    isUuid(r.deviceId) &&
    typeof r.seq === 'number' &&
    Number.isSafeInteger(r.seq) &&
    r.seq > 0 &&
    isIsoTime(r.time) &&
    isDayPattern(r.day) &&
    str(r.platform, 40) &&
    str(r.account, 60) &&
    isUrl(r.url, LIMITS.url) &&
    str(r.title, LIMITS.title) &&
    isSha256(r.contentHash) &&
    isSnapshot(r.snapshot) &&
    isOrigin(r.origin) &&
    strOrNull(r.source, 200) &&
    isTier(r.requiredApproval) &&
    every(r.findings, LIMITS.findings, isFinding) &&
    every(r.categories, Infinity, isCategory) &&
    every(r.overrides, 100, isOverride) &&
    (r.overridden === 0 || r.overridden === 1) &&
    isApproval(r.approval) &&
    isStatus(r.approvalStatus) &&
    typeof r.practice === 'boolean' &&
    isSha256(r.prevHash) &&
    isSha256(r.hash) &&
    isOutcome(r.outcome) &&
    (r.confirmedAt === null || isIsoTime(r.confirmedAt)) &&
    (r.migratedFrom === undefined || (n++, r.migratedFrom === 1)) &&
    (r.approvalCoverage === undefined || (n++, isCoverageField(r.approvalCoverage)));
  return ok && keyCount(r) === n ? (r as StreamedRecord) : null;
}
