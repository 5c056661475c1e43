import { describe, expect, it, vi } from 'vitest';
import { draftFromHtml } from '../engine/html-tree';
import type { Finding } from '../engine/rule';
import type { MessageData, MessageReply } from '../messaging/protocol';
import { pageImages, type ImageProgress } from './page-images';

const PNG_URL = 'data:image/png;base64,iVBORw0KGgo=';
const finding: Finding = {
  ruleId: 'no-unmasked-mobile',
  category: 'personal-data',
  severity: 'block',
  messageId: 'inImage',
  start: 0,
  end: 0,
  text: '',
  message: '图片中含有未脱敏的手机号码（139****4321）',
  basis: [{ article: 24 }],
  image: { index: 0, src: 'x', box: [1, 2, 3, 4], width: 10, height: 10, read: '139****4321' },
};

function setup(options: { waitMs?: number } = {}) {
  const doc = Object.assign(new EventTarget(), { baseURI: 'https://mp.weixin.qq.com/cgi-bin/appmsg' }) as unknown as Document;
  const calls: MessageData<'ocrRead'>[] = [];
  const answers: ((r: MessageReply<'ocrRead'>) => void)[] = [];
  let changed = 0;
  const images = pageImages({
    doc,
    signal: new AbortController().signal,
    read: (data) => {
      calls.push(data);
      return new Promise((resolve) => answers.push(resolve));
    },
    changed: () => changed++,
    waitMs: options.waitMs,
    uncheckedMessage: (list, seconds) => `第 ${list.join('、')} 张图片未能在 ${seconds} 秒内检查完毕`,
    failedMessage: (n, reason) => `第 ${n} 张图片无法读取（${reason}）`,
  });
  return { images, calls, answers, changed: () => changed };
}

const draft = (html: string) => draftFromHtml(html);

describe('page images', () => {
  it('sends a data: image with its caption, and places the answer on the image where it stands', async () => {
    const { images, calls, answers, changed } = setup();
    const d = draft(`<p>报名方式</p><figure><img src="${PNG_URL}" alt="海报"><figcaption>活动海报</figcaption></figure>`);
    expect(images.findings(d)).toEqual([]);
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]).toEqual({
      source: { image: PNG_URL },
      image: { src: PNG_URL, alt: '海报', title: '', caption: '活动海报', context: expect.any(String) },
    });
    answers[0]({ ok: true, printed: '手机：13987654321', findings: [finding] });
    await expect.poll(() => changed()).toBe(1);
    const again = draft(`<p>报名方式</p><figure><img src="${PNG_URL}" alt="海报"><figcaption>活动海报</figcaption></figure>`);
    const found = images.findings(again);
    expect(found.map((f) => [f.start, f.end, f.text, f.image?.index, f.image?.src])).toEqual([
      [again.images[0].offset, again.images[0].offset, '', 0, PNG_URL],
    ]);
    expect(again.images[0].printed).toBe('手机：13987654321');
    expect(calls).toHaveLength(1);
  });

  const sources: [string, string, MessageData<'ocrRead'>['source'] | null][] = [
    [
      'an https CDN image is fetched by the background',
      '<img src="https://mmbiz.qpic.cn/a/0?wx_fmt=png">',
      { url: 'https://mmbiz.qpic.cn/a/0?wx_fmt=png' },
    ],
    [
      'a protocol-relative image resolves against the page, then is fetched by the background',
      '<img src="//cdn.example.com/a.png">',
      { url: 'https://cdn.example.com/a.png' },
    ],
    ['an http image is not fetched', '<img src="http://example.com/a.png">', null],
  ];
  for (const [name, html, source] of sources) {
    it(name, async () => {
      const { images, calls } = setup();
      const d = draft(html);
      images.findings(d);
      if (source) {
        await expect.poll(() => calls.length).toBe(1);
        expect(calls[0].source).toEqual(source);
      } else {
        await expect.poll(() => images.findings(d).map((f) => f.ruleId)).toEqual(['image-unreadable']);
        expect(calls).toHaveLength(0);
      }
    });
  }

  it('an image that cannot be read is noted (info) naming it, not a warning or a block', async () => {
    const { images, answers } = setup();
    const d = draft(`<p>a</p><img src="${PNG_URL}">`);
    images.findings(d);
    await expect.poll(() => answers.length).toBe(1);
    answers[0]({ ok: false, reason: 'cannot fetch the image: HTTP 403' });
    await expect
      .poll(() => images.findings(d).map((f) => [f.ruleId, f.severity, f.message]))
      .toEqual([['image-unreadable', 'info', '第 1 张图片无法读取（cannot fetch the image: HTTP 403）']]);
  });

  it('the gate waits for reads in progress, reporting n/m, and goes on as soon as they finish', async () => {
    const { images, answers } = setup({ waitMs: 60_000 });
    const d = draft(`<p>a</p><img src="${PNG_URL}"><img src="data:image/png;base64,AAAA"><img src="">`);
    images.findings(d);
    await expect.poll(() => answers.length).toBe(2);
    answers[0]({ ok: true, printed: '', findings: [] });
    const seen: (ImageProgress | null)[] = [];
    await expect.poll(() => images.progress(d).done).toBe(1);
    const settled = images.settle(d, (p) => seen.push(p && { ...p }));
    answers[1]({ ok: true, printed: '', findings: [] });
    expect(await settled).toEqual([]);
    expect(seen[0]).toEqual({ total: 2, done: 1, pending: [2] });
    expect(seen[seen.length - 1]).toBeNull();
  });

  it('after the time bound, the images still unchecked are one blocking finding naming them', async () => {
    const { images, answers } = setup({ waitMs: 30 });
    const d = draft(`<p>a</p><img src="${PNG_URL}"><img src="data:image/png;base64,AAAA">`);
    images.findings(d);
    await expect.poll(() => answers.length).toBe(2);
    answers[0]({ ok: true, printed: '', findings: [] });
    await expect.poll(() => images.progress(d).done).toBe(1);
    const result = await images.settle(d, () => undefined);
    expect(result.map((f) => [f.ruleId, f.severity, f.message, f.start])).toEqual([
      ['image-unchecked', 'block', '第 2 张图片未能在 0 秒内检查完毕', d.images[1].offset],
    ]);
  });

  it('going back to the editor ends the wait at once, however long the bound, and the waiting state is cleared', async () => {
    const { images, answers } = setup({ waitMs: 600_000 });
    const d = draft(`<p>a</p><img src="${PNG_URL}">`);
    images.findings(d);
    await expect.poll(() => answers.length).toBe(1);
    const seen: (ImageProgress | null)[] = [];
    const back = new AbortController();
    const settled = images.settle(d, (p) => seen.push(p && { ...p }), back.signal);
    expect(seen).toEqual([{ total: 1, done: 0, pending: [1] }]);
    back.abort();
    expect((await settled).map((f) => f.ruleId)).toEqual(['image-unchecked']);
    expect(seen[seen.length - 1]).toBeNull();
  });

  it('images on an image server the extension may not read yet: the server is offered, and after a grant they are read again', async () => {
    const { images, calls, answers } = setup();
    const cdn = 'https://mmbiz.qpic.cn/mmbiz_png/a/0?wx_fmt=png';
    const d = draft(`<p>a</p><img src="${cdn}">`);
    images.findings(d);
    await expect.poll(() => answers.length).toBe(1);
    expect(calls[0].source).toEqual({ url: cdn });
    answers[0]({ ok: false, reason: 'cannot fetch the image: Failed to fetch', access: 'mmbiz.qpic.cn' });
    await expect.poll(() => images.findings(d).map((f) => f.ruleId)).toEqual(['image-unreadable']);
    expect(images.accessNeeded()).toEqual(['mmbiz.qpic.cn']);
    images.retryFailed();
    expect(images.findings(d)).toEqual([]);
    expect(images.accessNeeded()).toEqual([]);
    await expect.poll(() => answers.length).toBe(2);
    answers[1]({ ok: true, printed: '', findings: [] });
    await expect.poll(() => images.progress(d)).toEqual({ total: 1, done: 1, pending: [] });
  });

  it('checks the draft again once for answers that arrive one by one close together, not once per image', async () => {
    vi.useFakeTimers();
    try {
      const { images, calls, answers, changed } = setup();
      const d = draft(Array.from({ length: 40 }, (_, i) => `<p>如图</p><img src="https://mmbiz.qpic.cn/a/${i}?wx_fmt=png">`).join(''));
      images.findings(d);
      await vi.advanceTimersByTimeAsync(0);
      expect(calls).toHaveLength(40);
      // each read fails in its own task, a millisecond apart (images the extension may not fetch)
      for (const answer of answers) {
        answer({ ok: false, reason: 'unreachable' });
        await vi.advanceTimersByTimeAsync(1);
      }
      await vi.runAllTimersAsync();
      expect(changed()).toBe(1);
      expect(images.findings(d).filter((f) => f.ruleId === 'image-unreadable')).toHaveLength(40);
      // a later answer, on its own, is checked again too
      images.findings(draft('<img src="https://mmbiz.qpic.cn/b/0?wx_fmt=png">'));
      await vi.advanceTimersByTimeAsync(0);
      answers[40]({ ok: false, reason: 'unreachable' });
      await vi.runAllTimersAsync();
      expect(changed()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
