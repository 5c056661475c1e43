/**
 * Personal data masked out of what the log keeps (Art. 24, 40): a snapshot, an excerpt, a title.
 * The log is a long-lived store that supervisors export; it must not become a second copy of
 * the ID numbers and phone numbers an editor was told to mask. The record keeps what was masked
 * (the rule and the position in the masked text), not the value.
 */
import { draftFromText } from '../engine/draft';
import type { Edit } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import type { Mask, PublicationRecord } from './record';

const personalDataRules = rules.filter((r) => r.meta.category === 'personal-data');

export interface Masked {
  text: string;
  /** Positions in the masked text, in order. */
  masks: Mask[];
}

/** Every character of a span starred out, one star per character (surrogate pairs count once). */
const stars = (text: string) => '*'.repeat([...text].length);

/**
 * The text with each piece of personal data masked: the rule's own masking suggestion where it
 * has one (139****4321, 王某某), stars otherwise. Every rule runs whatever the user's settings say.
 */
export function maskPersonalData(text: string): Masked {
  if (!text) return { text, masks: [] };
  const draft = draftFromText('', {});
  // draftFromText drops blank lines; the log masks the text as sent, so check it whole.
  const whole = { ...draft, text, blocks: [{ kind: 'paragraph' as const, start: 0, end: text.length }], segments: [] };
  const { findings } = checkDraft(whole, personalDataRules);
  const spans: { ruleId: string; edit: Edit }[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = spans.at(-1);
    if (f.end <= f.start || (last && f.start < last.edit.end)) continue;
    const suggested = f.suggestions?.[0]?.edits;
    const edit =
      suggested?.length === 1 && suggested[0].start === f.start && suggested[0].end === f.end
        ? suggested[0]
        : { start: f.start, end: f.end, text: stars(text.slice(f.start, f.end)) };
    spans.push({ ruleId: f.ruleId, edit });
  }
  let out = '';
  let at = 0;
  const masks: Mask[] = [];
  for (const { ruleId, edit } of spans) {
    out += text.slice(at, edit.start);
    masks.push({ ruleId, start: out.length, end: out.length + edit.text.length });
    out += edit.text;
    at = edit.end;
  }
  out += text.slice(at);
  return { text: out, masks };
}

/**
 * The title and snapshot text of a record as people may see them (CSV, record detail). Records
 * written since masking carry their masks and are shown as stored; older ones are masked here.
 */
export function maskedForPeople(r: Pick<PublicationRecord, 'title' | 'snapshot'>): { title: string; text: string | null } {
  const { snapshot } = r;
  if (snapshot.mode === 'unmasked') return { title: r.title, text: snapshot.text };
  if (snapshot.masks) return { title: snapshot.text === null ? maskPersonalData(r.title).text : r.title, text: snapshot.text };
  return { title: maskPersonalData(r.title).text, text: snapshot.text === null ? null : maskPersonalData(snapshot.text).text };
}
