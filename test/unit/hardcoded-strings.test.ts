/**
 * Every UI string comes from the message catalogues (lib/i18n/messages.ts). This scans the UI
 * sources (components/, entrypoints/) with the TypeScript parser and fails on text in JSX, on
 * string literals with Chinese in them, on user-facing JSX attributes given a literal, and on text
 * in the HTML pages (their <title> is set from the catalogue at run time).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const UI_DIRS = ['components', 'entrypoints'];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

function files(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, exts));
    else if (exts.some((e) => name.endsWith(e)) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Hard-coded UI text in one TS/TSX source: `file:line: text` per finding. */
export function hardCodedStrings(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const at = (node: ts.Node, text: string) =>
    found.push(
      `${relative(ROOT, fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${JSON.stringify(text.trim())}`,
    );
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (node.text.trim()) at(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (CJK.test(node.text)) at(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
      if (CJK.test(text)) at(node, text);
      node.templateSpans.forEach((s) => visit(s.expression));
      return;
    } else if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression
            : undefined;
      if (literal && /\p{L}/u.test(literal.text)) at(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Text in an HTML page outside tags, scripts and styles; an HTML page's <title> must be empty. */
export function hardCodedHtml(fileName: string, source: string): string[] {
  const body = source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n');
  const attrs = [...source.matchAll(/\s(?:title|alt|placeholder|aria-label)="([^"]*\p{L}[^"]*)"/gu)].map((m) => m[1]);
  return [
    ...body
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    ...attrs,
  ].map((text) => `${relative(ROOT, fileName)}: ${JSON.stringify(text)}`);
}

describe('no hard-coded UI strings', () => {
  it('detects what it is meant to detect', () => {
    const sample = [
      'const a = <p>发表</p>;',
      'const b = <p>{tr("x")}：{n}</p>;',
      "const c = <input placeholder='Search' />;",
      "const d = label('请输入');",
      'const e = `第${n}条`;',
      'const f = <p className="x" data-x="y">{tr("ok")}</p>;',
      '// 注释里的中文不是界面文字',
    ].join('\n');
    const found = hardCodedStrings(join(ROOT, 'components/Sample.tsx'), sample);
    expect(found.map((f) => f.split(': ')[0].split(':').pop())).toEqual(['1', '2', '3', '4', '5']);
    expect(hardCodedHtml('page.html', '<title>政务</title><p>Hi</p><div id="root"></div><script>var s="x"</script>')).toHaveLength(2);
    expect(hardCodedHtml('page.html', '<title></title><div id="root"></div>')).toEqual([]);
  });

  it('finds none in components/ and entrypoints/', () => {
    const found: string[] = [];
    for (const dir of UI_DIRS) {
      for (const file of files(join(ROOT, dir), ['.ts', '.tsx'])) found.push(...hardCodedStrings(file, readFileSync(file, 'utf8')));
      for (const file of files(join(ROOT, dir), ['.html'])) found.push(...hardCodedHtml(file, readFileSync(file, 'utf8')));
    }
    expect(found, 'use a catalogue key (lib/i18n/messages.ts) for each of these').toEqual([]);
  });
});
