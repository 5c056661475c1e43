import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromHtml } from '../engine/html-tree';
import { draftFromText } from '../engine/draft';
import { checkDraft } from '../engine/runner';
import { rules } from '../rules';
import { COMPOSITES, exampleDraft, findSample, sampleLibrary, textToHtml } from './samples';

const check = (d: { title: string; html: string }) => checkDraft(draftFromHtml(d.html, { title: d.title }), rules);

describe('practice samples', () => {
  const library = sampleLibrary(rules);

  it('has every rule example, with unique ids', () => {
    const examples = rules.reduce((n, r) => n + r.meta.examples.valid.length + r.meta.examples.invalid.length, 0);
    expect(library.filter((s) => s.kind === 'example')).toHaveLength(examples);
    expect(new Set(library.map((s) => s.id)).size).toBe(library.length);
    expect(findSample(library, 'rule:no-unmasked-mobile:invalid:0')?.draft.html).toBe('<p>患者家属电话 13800138000，请知悉。</p>');
    expect(findSample(library, 'nope')).toBeUndefined();
  });

  it('turns text examples into paragraphs that read as the same draft text', () => {
    expect(textToHtml('原标题：甲<乙>\n\n来源：丙')).toBe('<p>原标题：甲&lt;乙&gt;</p><p>来源：丙</p>');
    for (const rule of rules) {
      for (const e of [...rule.meta.examples.valid, ...rule.meta.examples.invalid]) {
        if (typeof e !== 'string') continue;
        const html = exampleDraft(e);
        expect(draftFromHtml(html.html).text).toBe(draftFromText(e).text);
      }
    }
  });

  it("flags each invalid example for its own rule in the editor's HTML form too", () => {
    for (const s of library.filter((x) => x.expect === 'invalid')) {
      expect(
        check(s.draft).findings.some((f) => f.ruleId === s.ruleId),
        s.id,
      ).toBe(true);
    }
  });

  it('has the composites the issue asks for, each blocked as drafted and clean once fixed', () => {
    expect(COMPOSITES.map((c) => c.id)).toEqual([
      'composite:dibao-list',
      'composite:epidemic-bulletin',
      'composite:repost',
      'composite:tourism-route',
      'composite:sponsored-event',
      'composite:clean-notice',
    ]);
    for (const c of COMPOSITES) {
      const { findings } = check(c.draft);
      const categories = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category));
      for (const category of c.categories.filter((x) => x !== 'approval'))
        expect(categories.has(category), `${c.id} ${category}`).toBe(true);
      if (c.fixed) {
        expect(
          findings.some((f) => f.severity === 'block'),
          c.id,
        ).toBe(true);
        expect(
          check(c.fixed).findings.filter((f) => f.severity !== 'info'),
          `${c.id} fixed`,
        ).toEqual([]);
      } else {
        expect(
          findings.filter((f) => f.severity !== 'info'),
          c.id,
        ).toEqual([]);
      }
    }
    expect(check(COMPOSITES[1].draft).requiredApproval).toBe('major');
  });

  it('ships the images the composites show', () => {
    for (const c of COMPOSITES) {
      for (const [, src] of c.draft.html.matchAll(/src="([^"]+)"/g))
        expect(existsSync(join(import.meta.dirname, '../../public', src)), src).toBe(true);
    }
  });
});
