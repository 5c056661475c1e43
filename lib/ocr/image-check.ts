/**
 * Image text as part of the draft: each image's OCR lines become a small text draft that the same
 * rules read, and what they find is reported on the image (its index, source and the region), not
 * on the draft's text. Pure: no DOM, no browser APIs, so the CLI and the content script share it.
 */
import type { Draft, DraftImage } from '../engine/draft';
import { draftFromText } from '../engine/draft';
import { articleLabel, findingSchema, type Finding, type Rule } from '../engine/rule';
import { checkDraft, type CheckSettings } from '../engine/runner';
import { APPROVAL_NUMBER } from '../rules/no-map-without-approval-number';
import type { OcrLine, OcrResult } from './types';

/** What one image holds once read: the result, and the key it is cached under. */
export interface ImageReading {
  /** Index of the image in `draft.images`. */
  index: number;
  result: OcrResult;
}

interface Row {
  text: string;
  lines: { line: OcrLine; start: number; end: number }[];
}

/** Boxes whose vertical centres are close form one row, joined by a space, left to right. */
export function rowsOf(lines: readonly OcrLine[]): Row[] {
  const sorted = [...lines].sort((a, b) => a.box[1] + a.box[3] / 2 - (b.box[1] + b.box[3] / 2));
  const groups: OcrLine[][] = [];
  for (const line of sorted) {
    const centre = line.box[1] + line.box[3] / 2;
    const group = groups[groups.length - 1];
    const ref = group?.[group.length - 1];
    if (ref && Math.abs(ref.box[1] + ref.box[3] / 2 - centre) < Math.min(ref.box[3], line.box[3]) / 2) group.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => {
    let text = '';
    const out: Row['lines'] = [];
    for (const line of group.sort((a, b) => a.box[0] - b.box[0])) {
      if (text) text += ' ';
      out.push({ line, start: text.length, end: text.length + line.text.length });
      text += line.text.replace(/[\r\n\t]/g, ' ');
    }
    return { text, lines: out };
  });
}

/** The image's text, one row a line, and where each line's characters are. */
export function imageText(result: OcrResult): { text: string; spans: { start: number; end: number; line: OcrLine }[] } {
  let text = '';
  const spans: { start: number; end: number; line: OcrLine }[] = [];
  for (const row of rowsOf(result.lines)) {
    if (!row.text.trim()) continue;
    if (text) text += '\n';
    const at = text.length;
    for (const l of row.lines) spans.push({ start: at + l.start, end: at + l.end, line: l.line });
    text += row.text;
  }
  return { text, spans };
}

/** The union of the boxes of the lines a range of the image's text covers. */
function regionOf(spans: ReturnType<typeof imageText>['spans'], start: number, end: number): [number, number, number, number] {
  const hit = spans.filter((s) => s.start < Math.max(end, start + 1) && s.end > start);
  if (!hit.length) return [0, 0, 0, 0];
  const x = Math.min(...hit.map((s) => s.line.box[0]));
  const y = Math.min(...hit.map((s) => s.line.box[1]));
  const r = Math.max(...hit.map((s) => s.line.box[0] + s.line.box[2]));
  const b = Math.max(...hit.map((s) => s.line.box[1] + s.line.box[3]));
  return [x, y, r - x, b - y];
}

/** 5301**********3129: the image's value as the panel may show it, never in full. */
function masked(value: string): string {
  const v = value.replace(/\s/g, '');
  if (v.length <= 7) return '*'.repeat(v.length);
  const keep = v.length >= 15 ? 4 : 3;
  return `${v.slice(0, keep)}${'*'.repeat(v.length - keep - 4)}${v.slice(-4)}`;
}

const WHAT: Record<string, { zh: string; en: string }> = {
  'no-unmasked-id-number': { zh: '身份证号', en: 'resident ID number' },
  'no-unmasked-mobile': { zh: '手机号码', en: 'mobile number' },
  'no-unmasked-bank-card': { zh: '银行卡号', en: 'bank card number' },
  'no-unmasked-passport': { zh: '证件号码', en: 'passport or permit number' },
  'no-unmasked-plate': { zh: '车牌号', en: 'licence plate' },
  'no-personal-email': { zh: '个人电子邮箱', en: 'personal e-mail address' },
  'no-detailed-address': { zh: '详细住址', en: 'detailed home address' },
  'no-personal-name': { zh: '个人姓名', en: 'personal name' },
};

/** Place names as map labels print them: 五华区, 富民县, 楚雄州, 小哨乡… */
const PLACE = /^[\u4e00-\u9fa5]{1,8}(?:省|市|区|县|州|镇|乡|旗|盟|街道|自治区|自治州|自治县)$/;
/** An image is map-like from its text alone when it shows at least this many distinct place labels. */
const MIN_PLACES = 4;

/** Distinct place labels among the image's lines (a label is a short line, or a short cell of one). */
export function placeLabels(result: OcrResult): string[] {
  const found = new Set<string>();
  for (const line of result.lines) {
    for (const part of line.text.split(/\s+/)) if (PLACE.test(part) && part.length <= 8) found.add(part);
  }
  return [...found];
}

export function hasApprovalNumber(s: string): boolean {
  APPROVAL_NUMBER.lastIndex = 0;
  return APPROVAL_NUMBER.test(s.normalize('NFKC'));
}

const IMAGE_MESSAGES = {
  personal: {
    zh: '图片中含有未脱敏的{{what}}（{{value}}）（{{articles}}：个人隐私应去标识化处理）。请更换为已脱敏的图片。',
    en: 'The image contains an unmasked {{what}} ({{value}}) ({{articles}}: personal privacy must be de-identified). Replace it with a masked image.',
  },
  map: {
    zh: '图片疑似地图（可见{{places}}等地名），图中和图注均未见审图号。使用地图应采用标准地图或依法取得审图号的地图（第二十二条）；如是地图，请在图注中注明审图号。',
    en: 'The image looks like a map (it shows {{places}}…) and neither it nor its caption gives an approval number (审图号). Maps must be standard maps or carry an approval number (Art. 22); if it is a map, add the number to the caption.',
  },
};

function fill(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? '');
}

const ARTICLES = { zh: (a: number[]) => a.map(articleLabel).join('、'), en: (a: number[]) => a.map((n) => `Art. ${n}`).join(', ') };

/**
 * Findings on the draft's images from what was read in them: personal data (blocking like text),
 * and an OCR-only map without a 审图号 in the image or its caption (advisory). The draft's own map
 * rule already sees the image text (DraftImage.printed) for captions that call the image a map.
 */
export function checkImages(
  draft: Pick<Draft, 'images'>,
  readings: readonly ImageReading[],
  rules: readonly Rule[],
  settings: CheckSettings = {},
): Finding[] {
  const locale = settings.locale ?? 'zh';
  const personalRules = rules.filter((r) => r.meta.category === 'personal-data');
  const mapRule = rules.find((r) => r.meta.id === 'no-map-without-approval-number');
  const findings: Finding[] = [];
  for (const { index, result } of readings) {
    const image = draft.images[index];
    if (!image) continue;
    const { text, spans } = imageText(result);
    const where = { start: image.offset, end: image.offset, text: '' };
    const imageRef = (box: [number, number, number, number]) => ({
      index,
      src: image.src.slice(0, 4096),
      box,
      width: result.width,
      height: result.height,
    });
    let personal = 0;
    if (text) {
      const inner = checkDraft(draftFromText(text), personalRules, settings);
      for (const f of inner.findings) {
        if (f.category !== 'personal-data' || f.severity === 'info') continue;
        personal++;
        const label = WHAT[f.ruleId] ?? { zh: '个人信息', en: 'personal data' };
        const value = f.ruleId === 'no-personal-name' || f.ruleId === 'no-detailed-address' ? f.text.slice(0, 1) + '…' : masked(f.text);
        findings.push(
          findingSchema.parse({
            ruleId: f.ruleId,
            category: f.category,
            severity: f.severity,
            messageId: 'inImage',
            ...where,
            message: fill(IMAGE_MESSAGES.personal[locale], {
              what: label[locale],
              value,
              articles: ARTICLES[locale](f.basis.map((b) => b.article)),
            }),
            basis: f.basis,
            image: { ...imageRef(regionOf(spans, f.start, f.end)), read: value },
          }),
        );
      }
    }
    if (!mapRule || personal > 0 || settings.rules?.[mapRule.meta.id]?.enabled === false) continue;
    const places = placeLabels(result);
    if (places.length < MIN_PLACES) continue;
    if (hasApprovalNumber(`${text}\n${image.alt}\n${image.title}\n${image.caption}\n${image.context}`)) continue;
    // When the caption or alt text already calls the image a map, the map rule reports it.
    if (captionSaysMap(image, mapRule)) continue;
    const labelSpans = spans.filter((s) => places.some((p) => s.line.text.includes(p)));
    const box = labelSpans.length
      ? regionOf(labelSpans, labelSpans[0].start, labelSpans[labelSpans.length - 1].end)
      : ([0, 0, 0, 0] as [number, number, number, number]);
    findings.push(
      findingSchema.parse({
        ruleId: mapRule.meta.id,
        category: 'map',
        severity: 'warn',
        messageId: 'mapInImage',
        ...where,
        message: fill(IMAGE_MESSAGES.map[locale], { places: places.slice(0, 3).join(locale === 'zh' ? '、' : ', ') }),
        basis: mapRule.meta.basis.map((b) => ({ article: b.article })),
        image: { ...imageRef(box), read: places.slice(0, 3).join('、') },
      }),
    );
  }
  return findings;
}

/** Runs the map rule on the image alone (its alt, title, caption, file name and context). */
function captionSaysMap(image: DraftImage, mapRule: Rule): boolean {
  const alone = {
    title: '',
    text: '',
    blocks: [],
    links: [],
    segments: [],
    images: [{ ...image, printed: undefined, offset: 0, captionRange: undefined }],
  };
  return checkDraft(alone, [mapRule]).findings.length > 0;
}
