/**
 * Original or repost, and the source a repost names, for the log and the Art. 23 original count.
 * A finding of the `source` category (no-untraceable-repost) means the checker saw a repost;
 * otherwise the draft's own repost signals decide — the same signals the rule looks for
 * (lib/rules/support/repost-signals.ts), so the count and the gate agree. A source line that names
 * the account itself (来源：本网, 原创) is an original.
 */
import { normalizeLoose } from '../engine/normalize';
import type { Category } from '../engine/rule';
import {
  CREDIT_LABEL,
  DATELINE_OUTLET,
  NAME,
  NOT_A_NAME,
  QUOTED_MATERIAL,
  SIGNALS,
  STATEMENTS,
  WEIBO_NAME,
  startOf,
} from '../rules/support/repost-signals';
import type { Origin } from './record';

const SELF = /^(?:本网|本站|本号|本台|本单位|本报|原创)/;

const clean = (name: string) =>
  name
    .replace(/[《》“”"'「」]/g, '')
    .trim()
    .slice(0, 200);

export interface OriginInfo {
  origin: Origin;
  source: string | null;
}

/**
 * The first statement of a source, as the rule reads it: the name (the first of several, up to a
 * credit line or a space), '' when the statement names none, or null when there is no statement.
 */
function statedSource(text: string): string | null {
  for (const pattern of STATEMENTS) {
    const { kind, re } = pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = startOf(text, pattern, m);
      if (start < 0) continue;
      if (kind === 'self') return text.slice(start, m.index);
      // A wire dateline (新华社昆明6月3日电) names its outlet before the place and date; 《普洱日报》本报讯 its paper.
      if (kind === 'dateline') return DATELINE_OUTLET.exec(text.slice(start, m.index))?.[0] ?? text.slice(start, m.index);
      // A Weibo chain (//@云南发布:) reposts the account it names.
      if (kind === 'weibo') {
        WEIBO_NAME.lastIndex = m.index + m[0].length;
        const name = WEIBO_NAME.exec(text)?.[0];
        if (name) return name;
        continue;
      }
      // A picture's credit says where the picture came from, not the text.
      if (kind === 'credit') continue;
      // 特转发“某某”公众号推送的…: the account named between the verb and 推送的
      if (kind === 'relay') return m[2];
      if (kind === 'by') {
        const name = m[1].replace(/记者$/, '');
        if (NOT_A_NAME.test(name)) continue;
        return name;
      }
      NAME.lastIndex = m.index + m[0].length;
      const raw = NAME.exec(text)?.[0] ?? '';
      const cut = raw.search(CREDIT_LABEL);
      let head = cut >= 0 ? raw.slice(0, cut) : raw;
      const space = head.search(/\s/);
      if (space > 0) head = head.slice(0, space);
      return head.split('、')[0].trim();
    }
  }
  return null;
}

/** A sign of a repost that names no source (an editor's note counts only over quoted material). */
function hasSignal(text: string): boolean {
  return SIGNALS.some((pattern) => {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      if (startOf(text, pattern, m) < 0) continue;
      return pattern.kind !== 'editorNote' || QUOTED_MATERIAL.test(text);
    }
    return false;
  });
}

export function classifyOrigin(text: string, findings: readonly { category: Category }[] = []): OriginInfo {
  const normalized = normalizeLoose(text);
  const stated = statedSource(normalized);
  const source = stated ? clean(stated) || null : null;
  if (source && SELF.test(source)) return { origin: 'original', source: null };
  if (findings.some((f) => f.category === 'source') || stated !== null || hasSignal(normalized)) return { origin: 'repost', source };
  return { origin: 'original', source: null };
}
