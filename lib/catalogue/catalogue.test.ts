import { describe, expect, it } from 'vitest';
import { listRules } from '../cli/check';
import { rules } from '../rules';
import { measures } from '../regulation/articles';
import { findSample, sampleLibrary } from '../practice/samples';
import { articleMatches, buildCatalogue, ruleMatches } from './catalogue';

describe('rule catalogue', () => {
  const catalogue = buildCatalogue(rules);

  it('lists exactly the rules --list-rules lists, in the same order, with the same facts', () => {
    const listed = JSON.parse(listRules('json')).rules as {
      id: string;
      category: string;
      defaultSeverity: string;
      basis: { article: number }[];
    }[];
    expect(catalogue.rules.map((r) => r.id)).toEqual(listed.map((r) => r.id));
    for (const [i, r] of catalogue.rules.entries()) {
      expect(r.category).toBe(listed[i].category);
      expect(r.severity).toBe(listed[i].defaultSeverity);
      expect(r.articles.map((a) => a.number)).toEqual(listed[i].basis.map((b) => b.article));
    }
  });

  it('quotes each enforced article in full from the measures', () => {
    const a24 = catalogue.rules.find((r) => r.id === 'no-unmasked-mobile')!.articles[0];
    expect(a24.label).toBe('第二十四条');
    expect(a24.paragraphs.join('')).toContain('除惩戒公示、强制性信息披露外，应去标识化技术性处理');
  });

  it("computes the uncovered articles from the rules' basis", () => {
    const covered = new Set(rules.flatMap((r) => r.meta.basis.map((b) => b.article)));
    expect(catalogue.uncovered.map((a) => a.number)).toEqual(
      measures()
        .articles.map((a) => a.number)
        .filter((n) => !covered.has(n)),
    );
    expect(catalogue.uncovered.length + covered.size).toBe(49);
    expect(catalogue.uncovered.map((a) => a.number)).toContain(23);
    expect(catalogue.coverage.get(24)).toContain('no-unmasked-mobile');
  });

  it('shows option names, types and defaults from the zod schemas', () => {
    const commercial = catalogue.rules.find((r) => r.id === 'no-commercial-content')!;
    expect(commercial.options).toContainEqual({ name: 'blockScore', type: 'number', defaultValue: 6 });
    expect(commercial.options.find((o) => o.name === 'shopDomains')).toMatchObject({ type: 'string[]' });
    expect(catalogue.rules.find((r) => r.id === 'no-unmasked-mobile')!.options).toEqual([]);
  });

  it('links every example to a sample the practice library has', () => {
    const library = sampleLibrary(rules);
    for (const r of catalogue.rules) {
      expect(r.invalid.length).toBeGreaterThan(0);
      for (const e of [...r.invalid, ...r.valid]) {
        expect(findSample(library, e.sampleId)?.draft, e.sampleId).toEqual(e.draft);
        expect(e.preview.length).toBeGreaterThan(0);
      }
    }
    const map = catalogue.rules.find((r) => r.id === 'no-map-without-approval-number')!;
    expect(map.invalid[0].preview).toContain('项目区位示意图');
  });

  it('searches ids, Chinese names, article labels and example text', () => {
    const ids = (q: string) => catalogue.rules.filter((r) => ruleMatches(r, q)).map((r) => r.id);
    expect(ids('审图号')).toEqual(['no-map-without-approval-number']);
    expect(ids('手机')).toContain('no-unmasked-mobile');
    expect(ids('第三十四条')).toEqual(['no-commercial-content']);
    expect(ids('MOBILE')).toEqual(['no-unmasked-mobile']);
    expect(ids('')).toHaveLength(rules.length);
    expect(ids('没有这样的规则')).toEqual([]);
    expect(catalogue.uncovered.filter((a) => articleMatches(a, '原创')).map((a) => a.number)).toEqual([23]);
  });
});
