import { describe, expect, it } from 'vitest';
import { draftFromText } from '../engine/draft';
import { draftFromHtml } from '../engine/html-tree';
import { canonicalDraft, canonicalString, canonicalText, draftHash } from './canonical';
import { changedPassages } from './diff';

describe('canonical draft', () => {
  it('is the normalised title, body lines and image sources', () => {
    const draft = draftFromHtml('<p>全县　森林火险等级　三级</p><p></p><p><img src="/a.png"> 图１</p>', { title: ' 森林防火通知 ' });
    expect(canonicalDraft(draft)).toEqual({ title: '森林防火通知', body: ['全县 森林火险等级 三级', '图1'], images: ['/a.png'] });
  });

  it('ignores layout and invisible characters but not words, order or pictures', async () => {
    const base = await draftHash(draftFromHtml('<p>今日火险等级三级。</p><p>请文明祭扫。</p>', { title: '通知' }));
    const same = [
      draftFromHtml('<div>今日火险等级三级。</div>\n\n<div>  请文明祭扫。 </div>', { title: '通知' }),
      draftFromHtml('<p>今日火险\u200b等级三级。</p><p>请文明祭扫。</p>', { title: '通知' }),
      draftFromText('今日火险等级三级。\n\n请文明祭扫。', { title: '通知' }),
    ];
    for (const d of same) expect(await draftHash(d)).toBe(base);
    const different = [
      draftFromHtml('<p>今日火险等级四级。</p><p>请文明祭扫。</p>', { title: '通知' }),
      draftFromHtml('<p>请文明祭扫。</p><p>今日火险等级三级。</p>', { title: '通知' }),
      draftFromHtml('<p>今日火险等级三级。</p><p>请文明祭扫。</p>', { title: '通知（更正）' }),
      draftFromHtml('<p>今日火险等级三级。</p><p>请文明祭扫。<img src="map.png"></p>', { title: '通知' }),
      // Title text moved into the body is a different draft.
      draftFromHtml('<p>通知</p><p>今日火险等级三级。</p><p>请文明祭扫。</p>', { title: '' }),
    ];
    for (const d of different) expect(await draftHash(d)).not.toBe(base);
  });

  it('hashes with SHA-256 over a JSON form no separator can confuse', async () => {
    expect(canonicalString(draftFromText('a', { title: 't' }))).toBe('["govpost-draft/1","t",["a"],[]]');
    expect(await draftHash(draftFromText('a', { title: 't' }))).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalText(draftFromText('a\nb', { title: 't' }))).toBe('t\na\nb');
  });

  it('shows which passages changed after approval', () => {
    expect(changedPassages('标题\n第一段\n第二段', '标题\n第一段\n第二段（改）\n第三段')).toEqual({ added: ['第二段（改）', '第三段'], removed: ['第二段'] });
    expect(changedPassages('a\na', 'a')).toEqual({ added: [], removed: ['a'] });
  });
});
