import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../lib/engine/draft';
import type { Finding } from '../lib/engine/rule';
import { checkDraft } from '../lib/engine/runner';
import { rules } from '../lib/rules';
import { FindingList, LIST_STEP, groupFindings } from './FindingList';

const check = (lines: string[]) => checkDraft(draftFromText(lines.join('\n')), rules).findings;
const phone = (i: number) => `139${String(10_000_000 + i * 7919).slice(-8)}`;
const entries = (html: string) =>
  [...html.matchAll(/<li class="gpg-finding gpg-(\w+)" data-rule="([\w-]+)" data-count="(\d+)"/g)].map((m) => m.slice(1));

describe('groupFindings: alike findings listed once', () => {
  it('groups the same words flagged by the same rule, keeps the draft order, and loses no finding', () => {
    const findings = check(['联系电话13912345678', '来源：据报道', '联系电话13912345678', '联系电话13812345678', '来源：据报道']);
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g[0].ruleId, g[0].text, g.length])).toEqual([
      ['no-unmasked-mobile', '13912345678', 2],
      ['no-untraceable-repost', '据报道', 2],
      ['no-unmasked-mobile', '13812345678', 1],
    ]);
    expect(groups.flat().sort((a, b) => a.start - b.start)).toEqual(findings);
    // each group in the draft's order of its places
    for (const g of groups) expect(g.map((f) => f.start)).toEqual([...g.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('never groups findings that differ in severity, message or rule, nor findings about an image', () => {
    const [f] = check(['联系电话13912345678']);
    const alike: Finding[] = [
      f,
      { ...f, start: 30, end: 41, severity: 'warn' },
      { ...f, start: 50, end: 61, message: `${f.message}。` },
      { ...f, start: 70, end: 81, ruleId: 'other-rule' },
      { ...f, start: 0, end: 0, target: { image: 0 } },
      { ...f, start: 0, end: 0, target: { image: 0 } },
    ];
    expect(groupFindings(alike).map((g) => g.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('FindingList: every finding reachable, the list rendered in steps', () => {
  // 400 identical labels, then 120 distinct phone numbers.
  const findings = check([
    ...Array.from({ length: 400 }, () => '来源：据报道'),
    ...Array.from({ length: 120 }, (_, i) => `联系电话${phone(i)}`),
  ]);

  it('lists alike findings once with their count and 下一处, and each category LIST_STEP (20) entries at first with 再显示 for the rest', () => {
    expect(findings.length).toBe(520);
    const html = renderToStaticMarkup(<FindingList findings={findings} />);
    const listed = entries(html);
    expect(listed.length).toBe(1 + LIST_STEP);
    expect(listed[0]).toEqual(['warn', 'no-untraceable-repost', '400']);
    expect(listed.slice(1).every(([sev, rule, n]) => sev === 'block' && rule === 'no-unmasked-mobile' && n === '1')).toBe(true);
    expect(html).toContain('共 400 处，第 1 处 · 下一处');
    expect(html).toContain('再显示 20 条（还有 100 条）');
    // the first phone numbers, in the draft's order; the 51st only after 再显示
    expect(html).toContain(phone(0));
    expect(html).toContain(phone(LIST_STEP - 1));
    expect(html).not.toContain(phone(LIST_STEP));
    expect(renderToStaticMarkup(<FindingList findings={findings} locale="en" />)).toContain('Show 20 more (100 left)');
  });

  it('lists a short draft in full, with no 再显示 and no 下一处', () => {
    const few = check(['联系电话13912345678', '来源：据报道']);
    const html = renderToStaticMarkup(<FindingList findings={few} />);
    expect(entries(html)).toEqual([
      ['warn', 'no-untraceable-repost', '1'],
      ['block', 'no-unmasked-mobile', '1'],
    ]);
    expect(html).not.toContain('gpg-more');
    expect(html).not.toContain('gpg-next');
    expect(renderToStaticMarkup(<FindingList findings={[]} />)).toBe('');
  });
});
