import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../lib/engine/draft';
import { checkDraft } from '../lib/engine/runner';
import { rules } from '../lib/rules';
import { FIRST_ENTRIES, FindingList, LIST_STEP } from './FindingList';

const check = (lines: string[]) => checkDraft(draftFromText(lines.join('\n')), rules).findings;
const phone = (i: number) => `139${String(10_000_000 + i * 7919).slice(-8)}`;
const entries = (html: string) =>
  [...html.matchAll(/<li class="gpg-finding gpg-(\w+)" data-rule="([\w-]+)" data-count="(\d+)"/g)].map((m) => m.slice(1));

describe('FindingList: every finding reachable, the list rendered in steps', () => {
  // 400 identical labels, then 120 distinct phone numbers.
  const findings = check([
    ...Array.from({ length: 400 }, () => '来源：据报道'),
    ...Array.from({ length: 120 }, (_, i) => `联系电话${phone(i)}`),
  ]);

  it('lists alike findings once with their count and 下一处, and each category LIST_STEP (20) entries at first with 再显示 for the rest', () => {
    expect(findings.length).toBe(520);
    const html = renderToStaticMarkup(<FindingList findings={findings} staged={false} />);
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
    expect(renderToStaticMarkup(<FindingList findings={findings} locale="en" staged={false} />)).toContain('Show 20 more (100 left)');
  });

  it('mounts only FIRST_ENTRIES (8) entries in the opening render, in order and with their counts, and 再显示 already counts right', () => {
    // The first render is what a static render shows: effects (which mount the rest a task later) do not run.
    const html = renderToStaticMarkup(<FindingList findings={findings} />);
    const listed = entries(html);
    expect(listed.length).toBe(FIRST_ENTRIES);
    expect(listed).toEqual(entries(renderToStaticMarkup(<FindingList findings={findings} staged={false} />)).slice(0, FIRST_ENTRIES));
    expect(listed[0]).toEqual(['warn', 'no-untraceable-repost', '400']);
    expect(html).toContain(phone(FIRST_ENTRIES - 2));
    expect(html).not.toContain(phone(FIRST_ENTRIES - 1));
    expect(html).toContain('再显示 20 条（还有 100 条）');
  });

  it('lists a short draft in full, with no 再显示 and no 下一处', () => {
    const few = check(['联系电话13912345678', '来源：据报道']);
    const html = renderToStaticMarkup(<FindingList findings={few} />);
    // (two entries: the opening render already lists them all)
    expect(entries(html)).toEqual([
      ['warn', 'no-untraceable-repost', '1'],
      ['block', 'no-unmasked-mobile', '1'],
    ]);
    expect(html).not.toContain('gpg-more');
    expect(html).not.toContain('gpg-next');
    expect(renderToStaticMarkup(<FindingList findings={[]} />)).toBe('');
  });
});
