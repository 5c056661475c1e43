import { describe, expect, it } from 'vitest';
import { draftFromText } from '../engine/draft';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { excerptAround, formatHtml } from './report-html';

describe('excerpts in the HTML report', () => {
  // [text, the finding's text, the excerpt expected around it as before|after]
  const cases: [string, string, string][] = [
    ['市民李某反映，值班人员王建国称电话是13987654321，请核实', '王建国', '市民李某反映，值班人员|称电话是13987654321，'],
    ['联系人王建国，他的电话是13987654321，请核实', '王建国', '联系人|，他的电话是13987654321'],
    ['联系人王建国电话是13987654321', '王建国', '联系人|电话是13987654321'],
    ['车牌号云A12345的车主张三在现场，记者电话是13987654321', '张三', '车牌号云A12345的车主|在现场，记者电话是13987654321'],
    ['第一行文字\n患者王建国已出院\n第三行', '王建国', '患者|已出院'],
  ];
  it.each(cases)('cuts no number short in %s', (text, needle, expected) => {
    const start = text.indexOf(needle);
    const { before, after } = excerptAround(text, start, start + needle.length);
    expect(`${before}|${after}`).toBe(expected);
  });

  it('names rules, not ids, and quotes the whole number', () => {
    const text = '市民反映的问题已转交相关部门处理，举报人王建国，他的电话是13987654321。';
    const draft = draftFromText(text);
    const { findings, requiredApproval } = checkDraft(draft, rules);
    const html = formatHtml([{ file: 'a.txt', findings, requiredApproval, draft }]);
    expect(findings.map((f) => f.text)).toContain('王建国');
    expect(html).toContain('，他的电话是13987654321</span>');
    expect(html).not.toMatch(/<code>no-[a-z-]+<\/code>/);
  });
});
