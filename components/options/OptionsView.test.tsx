import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/adapters/platforms';
import { rules } from '../../lib/rules';
import { descriptionOf } from '../../lib/rules/descriptions';
import { defaultSettings, resolveSettings } from '../../lib/settings';
import { OptionsView } from './OptionsView';

const noop = () => {};
function render(localRaw: unknown, managedRaw: unknown = {}, importResult: Parameters<typeof OptionsView>[0]['importResult'] = null) {
  const html = renderToStaticMarkup(
    <OptionsView
      effective={resolveSettings(localRaw, managedRaw, rules)}
      rules={rules}
      platforms={PLATFORMS}
      saveState="idle"
      importResult={importResult}
      extensionId="eibkcieilcckdeaflgnhpjkkobjdcjol"
      onChange={noop}
      onSaveRepaired={noop}
      onExport={noop}
      onImportFile={noop}
    />,
  );
  return new DOMParserLite(html);
}

/** Just enough querying over static markup for these assertions. */
class DOMParserLite {
  constructor(readonly html: string) {}
  /** The opening tag of the first element carrying `attr="value"`. */
  tag(attr: string, value: string): string {
    const m = new RegExp(`<[a-z]+[^>]*\\s${attr}="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(this.html);
    if (!m) throw new Error(`no element with ${attr}="${value}"`);
    return m[0];
  }
  /** The markup of the rule card for `id`. */
  rule(id: string): string {
    const start = this.html.indexOf(`data-rule="${id}"`);
    return this.html.slice(start, this.html.indexOf('</li>', start));
  }
}

describe('OptionsView', () => {
  it('lists every rule with its article and description, in Chinese by default', () => {
    const page = render(undefined);
    for (const rule of rules) {
      const card = page.rule(rule.meta.id);
      expect(card).toContain(descriptionOf(rule.meta.id).zh);
      expect(card).toContain('依据：第');
      // One colon per line: 审核签发 · 依据：第二十一条, never 审核签发：依据：第二十一条.
      expect(card).not.toMatch(/：<\/?span[^>]*>[^<]*：|：依据：/);
      // Options in words, not their names in the code.
      expect(card).not.toMatch(/>[^<]*(blockScore|warnScore|shopDomains)/);
    }
    expect(page.html).toContain('lang="zh-CN"');
    expect(page.html).not.toContain('class="lock-note"');
  });

  it("offers each rule's own options as fields of their kind, with the defaults filled in", () => {
    // The rules' option schemas are zod/mini (they run in editor pages); the editor reads them by zod's core types.
    const card = render(undefined).rule('no-commercial-content');
    expect(card).toMatch(/<input id="rule-no-commercial-content-opt-blockScore" type="number" value="6"/);
    expect(card).toMatch(/<input id="rule-no-commercial-content-opt-warnScore" type="number" value="4"/);
    expect(card).toMatch(/<textarea id="rule-no-commercial-content-opt-shopDomains"[^>]*>taobao\.com\ntmall\.com\n/);
    // Options fed from their own section (附加词表) are not repeated here.
    expect(card).not.toContain('opt-extraTerms');
  });

  it('shows fields the policy sets read-only with the organisation note', () => {
    const page = render(defaultSettings(), {
      ruleSeverities: { 'no-unmasked-mobile': 'warn' },
      unit: '县政府办',
      lockedFields: ['ui.locale'],
    });
    expect(page.rule('no-unmasked-mobile')).toMatch(/<fieldset disabled=""/);
    expect(page.rule('no-unmasked-mobile')).toContain('此项由单位策略设置');
    expect(page.rule('no-unmasked-mobile')).toMatch(/<option value="warn" selected="">/);
    expect(page.rule('no-unmasked-id-number')).not.toMatch(/<fieldset disabled=""/);
    expect(page.html).toMatch(/disabled=""[^>]*value="县政府办"/);
    expect(page.html).toContain('此项已被单位策略锁定');
    expect(page.tag('id', 'policy-info')).toContain('data-present="true"');
  });

  it('reports repaired storage and a malformed policy', () => {
    const page = render({ profile: { role: 'boss' } }, { ruleSeverities: { 'no-such-rule': 'warn' } });
    expect(page.tag('id', 'repair-notice')).toContain('role="alert"');
    expect(page.tag('data-path', 'profile.role')).toBeTruthy();
    expect(page.tag('data-path', 'ruleSeverities.no-such-rule')).toBeTruthy();
  });

  it('names each bad field of a failed import', () => {
    const page = render(undefined, {}, { ok: false, errors: [{ path: 'settings.profile.role', message: '无效选项' }] });
    expect(page.tag('id', 'import-result')).toContain('data-ok="false"');
    expect(page.html).toContain('settings.profile.role</code>（角色）：无效选项');
  });

  it('shows the unit hierarchy the office filed, level by level, in Chinese and in English', () => {
    const page = render({
      profile: { unit: '五华区应急管理局', hierarchy: { province: '云南省', prefecture: '昆明市', county: '五华区' } },
    });
    expect(page.html).toContain('所属层级');
    for (const label of ['省', '州（市）', '县（市、区）', '部门']) expect(page.html).toContain(`>${label}</label>`);
    expect(page.tag('name', 'hierarchy-province')).toContain('value="云南省"');
    expect(page.tag('name', 'hierarchy-prefecture')).toContain('value="昆明市"');
    expect(page.tag('name', 'hierarchy-county')).toContain('value="五华区"');
    expect(page.tag('name', 'hierarchy-department')).toContain('value=""');
    expect(page.html).not.toMatch(/>[^<]*(prefecture|hierarchy)[^<]*</);
    const en = render({ ui: { locale: 'en' }, profile: { hierarchy: { county: '五华区' } } });
    expect(en.html).toContain('Place in the hierarchy');
    expect(en.html).toContain('>County, city or district</label>');
    expect(en.tag('name', 'hierarchy-county')).toContain('value="五华区"');
  });

  it('shows the hierarchy the policy files read-only, whatever was typed on this browser', () => {
    const local = { profile: { unit: '五华区应急管理局', hierarchy: { province: '云南省', county: '盘龙区' } } };
    const page = render(local, { hierarchy: { province: '云南省', prefecture: '昆明市', county: '五华区' } });
    const fieldset = /<fieldset[^>]*class="field hierarchy"[^>]*>/.exec(page.html)?.[0] ?? '';
    expect(fieldset).toContain('disabled=""');
    expect(fieldset).toContain('profile-hierarchy-lock');
    expect(page.tag('name', 'hierarchy-county')).toContain('value="五华区"');
    expect(page.tag('name', 'hierarchy-prefecture')).toContain('value="昆明市"');
    expect(page.tag('id', 'profile-hierarchy-lock')).toContain('data-lock="policy"');
    // Locked without a value: the local one is ignored and nothing can be typed.
    const locked = render(local, { lockedFields: ['profile.hierarchy'] });
    expect(locked.tag('name', 'hierarchy-county')).toContain('value=""');
    expect(locked.tag('id', 'profile-hierarchy-lock')).toContain('data-lock="locked"');
    // Without a policy the office's own entry stays editable.
    const free = render(local);
    expect(/<fieldset[^>]*class="field hierarchy"[^>]*>/.exec(free.html)?.[0]).not.toContain('disabled');
    expect(free.tag('name', 'hierarchy-county')).toContain('value="盘龙区"');
  });

  it('switches to English with the language setting', () => {
    const page = render({ ui: { locale: 'en' } });
    expect(page.html).toContain('lang="en"');
    expect(page.html).toContain('Search rules');
    expect(page.html).not.toContain('搜索规则');
  });
});
