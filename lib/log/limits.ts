/**
 * The sizes a publication record holds, and the fitting of a draft to them. Kept apart from the
 * record's zod schemas (lib/log/record.ts) so the content script carries only this.
 */
import type { PublicationInput } from './record';

/**
 * How much of a draft a record keeps (the record's schemas hold these). A draft beyond them (a
 * title pasted with its article, a text of millions of characters, tens of thousands of findings)
 * is fitted by fitInput in the page before it is sent, so a record is never refused for its size
 * and the publication never held for it.
 */
export const LIMITS = { title: 1000, url: 4096, text: 2_000_000, findings: 10_000, reason: 2000 } as const;

/** Cuts a string to `max` UTF-16 units without splitting a surrogate pair (a high one is 0xD800–0xDBFF). */
export const clip = (text: string, max: number): string =>
  text.length <= max ? text : text.slice(0, text.charCodeAt(max - 1) >> 10 === 0x36 ? max - 1 : max);

/**
 * A publication input fitted to LIMITS: title, text and override reasons cut (contentHash still
 * stands for the whole draft), the URL cut, and past LIMITS.findings the findings capped with one
 * of every distinct kind (rule, category, severity) first, so the record's categories stay complete.
 */
export function fitInput(input: PublicationInput): PublicationInput {
  const { findings, text } = input;
  const kinds = () => new Map(findings.map((f) => [`${f.ruleId} ${f.category} ${f.severity}`, f])).values();
  return {
    ...input,
    title: clip(input.title, LIMITS.title),
    url: clip(input.url, LIMITS.url),
    findings: findings.length > LIMITS.findings ? [...kinds(), ...findings].slice(0, LIMITS.findings) : findings,
    overrides: input.overrides.map((o) => ({ ...o, reason: clip(o.reason, LIMITS.reason) })),
    ...(text === undefined ? {} : { text: clip(text, LIMITS.text) }),
  };
}
