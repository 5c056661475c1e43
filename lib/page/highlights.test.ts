import { describe, expect, it } from 'vitest';
import type { DefaultTreeAdapterMap } from 'parse5';
import { draftFromHtml } from '../engine/html-tree';
import type { Finding } from '../engine/rule';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { imageTargets } from './highlights';

type Element = DefaultTreeAdapterMap['element'];
const srcOf = (node: unknown) => (node as Element).attrs.find((a) => a.name === 'src')?.value;

describe('imageTargets: what the page outlines', () => {
  it('is the image a map finding is about, when only its alt text says it is a map — no prose is pointed at', () => {
    const draft = draftFromHtml(
      '<p>禄劝县位于昆明市北部。</p><p><img src="photo.jpg" alt="县城全景"></p><p><img src="a.png" alt="禄劝县区位图"></p><p>全县辖16个乡镇。</p>',
    );
    const { findings } = checkDraft(draft, rules);
    const map = findings.filter((f) => f.category === 'map');
    expect(map.map((f) => [f.text, f.target])).toEqual([['', { image: 1 }]]);
    expect(imageTargets(draft, findings).map((t) => [(t.node as Element).tagName, srcOf(t.node), t.severity])).toEqual([
      ['img', 'a.png', 'block'],
    ]);
  });

  it('is the captioned image too (its caption is the text range), one outline per image at its gravest severity', () => {
    const draft = draftFromHtml(
      '<figure><img src="a.png"><figcaption>全县行政区划图 审图号：待定</figcaption></figure><figure><img src="b.png"><figcaption>中国地图（来源：自然资源部标准地图服务网站）</figcaption></figure>',
    );
    const { findings } = checkDraft(draft, rules);
    const map = findings.filter((f) => f.category === 'map');
    expect(map.map((f) => [f.text, f.target?.image, f.severity])).toEqual([
      ['全县行政区划图 审图号：待定', 0, 'block'],
      ['中国地图（来源：自然资源部标准地图服务网站）', 1, 'warn'],
    ]);
    const twice: Finding[] = [...findings, { ...map[1], severity: 'info' }, { ...map[1], severity: 'block' }];
    expect(imageTargets(draft, twice).map((t) => [srcOf(t.node), t.severity])).toEqual([
      ['a.png', 'block'],
      ['b.png', 'block'],
    ]);
  });

  it('is nothing for text findings, for a draft read without its elements, or without a draft', () => {
    const draft = draftFromHtml('<p>联系电话 13800138000</p><img src="a.png" alt="禄劝县区位图">');
    const { findings } = checkDraft(draft, rules);
    expect(findings.some((f) => f.target)).toBe(true);
    expect(
      imageTargets(
        draft,
        findings.filter((f) => !f.target),
      ),
    ).toEqual([]);
    expect(imageTargets({ ...draft, imageNodes: undefined }, findings)).toEqual([]);
    expect(imageTargets(null, findings)).toEqual([]);
  });
});
