/**
 * OCR quality on the generated test images, per kind: exact reads of every ID number, mobile and
 * 审图号 printed in them, the place labels of maps, and findings on photos (there should be none).
 * `npx tsx test/bench/ocr-quality.ts` prints the README's table; test/unit/ocr-quality.test.ts
 * asserts the same figures.
 */
import { pathToFileURL } from 'node:url';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { checkImages, hasApprovalNumber, imageText, placeLabels } from '../../lib/ocr/image-check';
import { decodeImage, nodeEngine } from '../../lib/ocr/node';
import { rules } from '../../lib/rules';
import { generateTestImages, type TestImage } from '../fixtures/images/generate';

export interface ImageScore {
  image: TestImage;
  text: string;
  ms: number;
  ids: [number, number];
  phones: [number, number];
  numbers: [number, number];
  /** Whether the 审图号 pattern the rules use matches the image's text. */
  numberPattern: boolean;
  places: [number, number];
  findings: { ruleId: string; severity: string }[];
}

/** Digits and the number pattern compared without spaces the reader may put between groups. */
const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export async function measure(images?: TestImage[]): Promise<ImageScore[]> {
  const all = images ?? (await generateTestImages());
  const engine = await nodeEngine();
  const out: ImageScore[] = [];
  for (const image of all) {
    const t0 = performance.now();
    const result = await engine.read(await decodeImage(image.bytes));
    const ms = performance.now() - t0;
    const text = imageText(result).text;
    const flat = compact(text);
    const hit = (list: string[]) => [list.filter((v) => flat.includes(compact(v))).length, list.length] as [number, number];
    const placesFound = new Set(placeLabels(result));
    // A neutral file name: the map finding here must come from what is printed in the image.
    const draft = draftFromHtml('<img src="upload-1.png">');
    const findings = checkImages(draft, [{ index: 0, result }], rules).map((f) => ({ ruleId: f.ruleId, severity: f.severity }));
    out.push({
      image,
      text,
      ms,
      ids: hit(image.ids),
      phones: hit(image.phones),
      numbers: hit(image.approvalNumbers),
      numberPattern: hasApprovalNumber(text),
      places: [image.places.filter((p) => placesFound.has(p)).length, image.places.length],
      findings,
    });
  }
  return out;
}

const LABEL: Record<string, string> = {
  'no-unmasked-id-number': '身份证号 ID',
  'no-unmasked-mobile': '手机号 mobile',
  'no-map-without-approval-number': '地图无审图号 map without 审图号',
};
const SEVERITY: Record<string, string> = { block: '阻止 block', warn: '提醒 warn', info: '提示 info' };

/** The README's table: exact reads per image, and what the guard reports on it. */
export function table(scores: ImageScore[]): string {
  const rows = ['| 图片 image | 身份证号 IDs | 手机号 mobiles | 审图号 | 地名 place labels | 发现 findings |', '|---|---|---|---|---|---|'];
  const f = ([a, b]: [number, number]) => (b ? `${a}/${b}` : '—');
  for (const s of scores) {
    const counts = new Map<string, number>();
    for (const x of s.findings)
      counts.set(
        `${LABEL[x.ruleId] ?? x.ruleId}（${SEVERITY[x.severity]}）`,
        (counts.get(`${LABEL[x.ruleId] ?? x.ruleId}（${SEVERITY[x.severity]}）`) ?? 0) + 1,
      );
    const found = [...counts].map(([k, n]) => `${k} ×${n}`).join('；') || '无 none';
    rows.push(`| ${s.image.name} | ${f(s.ids)} | ${f(s.phones)} | ${f(s.numbers)} | ${f(s.places)} | ${found} |`);
  }
  return rows.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(await measure()));
}
