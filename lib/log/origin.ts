/**
 * Original or repost, and the source a repost names, for the log and the Art. 23 original count.
 * A finding of the `source` category (no-untraceable-repost) means the checker saw a repost;
 * otherwise the draft's own repost signals decide (domain-rules §E.1). A source line that names
 * the account itself (来源：本网, 原创) is an original.
 */
import type { Category } from '../engine/rule';
import type { Origin } from './record';

const NAME = '([^\\n,，。;；|丨()（）【】\\[\\]]{1,40})';
const SOURCE_LINE = new RegExp(`(?:^|[\\s|丨])(?:信息|稿件|文章|内容|图文|视频|图片|新闻|消息|素材|本文)?来源\\s*[:：|/丨]\\s*${NAME}`);
const TAKEN_FROM = new RegExp(`(?:转载自|转自|转引自|综合自|综合整理自|摘编自|来源于)\\s*[:：]?\\s*${NAME}`);
const ACCORDING_TO = /(?:^|[^数证占收单票凭论])据([^\s,，。;；:：“”"、!?！？()（）]{1,16}?)\s*(?:\d{1,2}月\d{1,2}日)?(?:报道|消息)/;
const SIGNALS = /原标题\s*[:：《“]|本报讯|本台讯|【转载】|\[转载\]|（转载）|以下文章来源于|[\u4e00-\u9fa5]{2,10}\d{1,2}月\d{1,2}日(?:电|讯)/;
const SELF = /^(?:本网|本站|本号|本台|本单位|本报|原创)/;

const clean = (name: string) => name.replace(/[《》“”"'「」]/g, '').trim().slice(0, 200);

export interface OriginInfo {
  origin: Origin;
  source: string | null;
}

export function classifyOrigin(text: string, findings: readonly { category: Category }[] = []): OriginInfo {
  const named = SOURCE_LINE.exec(text) ?? TAKEN_FROM.exec(text) ?? ACCORDING_TO.exec(text);
  const source = named ? clean(named[1]) : null;
  if (source && SELF.test(source)) return { origin: 'original', source: null };
  if (findings.some((f) => f.category === 'source') || source || SIGNALS.test(text)) return { origin: 'repost', source: source || null };
  return { origin: 'original', source: null };
}
