/**
 * `check --format html`: one self-contained page for a training handout — inline CSS,
 * no scripts, nothing fetched — with each file's text in full and every finding highlighted in
 * place, numbered, listed with its message and articles, and the cited articles quoted in full
 * once at the end. Chinese first (GOVPOST_LANG=en for English).
 */
import { articleLabel, type Finding, type Severity, type Tier } from '../engine/rule';
import type { Draft } from '../engine/draft';
import { translator, type Locale } from '../i18n';
import { articleByNumber } from '../regulation/articles';
import { RULESET_VERSION, ruleById } from '../rules';

export interface HtmlReportFile {
  file: string;
  requiredApproval: Tier;
  findings: Finding[];
  draft: Pick<Draft, 'text'>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

const STYLE = `
body { margin: 0; font: 15px/1.8 "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; color: #1f2329; background: #fff; }
main { max-width: 920px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 8px 0; }
h2 { font-size: 18px; margin: 28px 0 6px; padding-top: 8px; border-top: 2px solid #1f2329; word-break: break-all; }
h3 { font-size: 15px; margin: 14px 0 4px; color: #646a73; }
.meta, .intro { color: #646a73; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid #dee0e3; padding: 4px 8px; text-align: left; vertical-align: top; }
.text { white-space: pre-wrap; word-wrap: break-word; border: 1px solid #dee0e3; border-radius: 6px; padding: 10px 14px; background: #fafbfc; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.block { background: #fbd5d2; border-bottom: 2px solid #d83931; }
mark.warn { background: #fde8c4; border-bottom: 2px solid #f5a623; }
mark.info { background: #dde7ff; border-bottom: 2px dotted #245bdb; }
sup.n { font-size: 11px; font-weight: 700; color: #fff; background: #646a73; border-radius: 8px; padding: 0 4px; margin-right: 1px; }
sup.block { background: #d83931; } sup.warn { background: #8a5200; } sup.info { background: #245bdb; }
ol.findings { padding-left: 0; list-style: none; }
ol.findings li { margin: 8px 0; padding: 6px 10px; border-left: 4px solid #245bdb; background: #f7f8fa; }
ol.findings li.block { border-color: #d83931; } ol.findings li.warn { border-color: #f5a623; }
.sev { font-weight: 700; }
li.block .sev { color: #b42318; } li.warn .sev { color: #8a5200; }
.excerpt { color: #1f2329; }
.message { margin: 2px 0 0; }
blockquote { margin: 8px 0; padding: 6px 14px; border-left: 4px solid #8f959e; background: #f7f8fa; font-family: "FangSong", "STFangsong", "WenQuanYi Micro Hei", serif; }
blockquote p { margin: 0 0 4px; }
.none { color: #1a7f1a; }
a { color: #245bdb; }
@media print { main { max-width: none; padding: 0; } h2 { break-before: page; } ol.findings li, blockquote { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
`;

/** The text with findings wrapped in <mark>, each finding's first piece numbered; overlaps take the most severe colour. */
export function markedText(text: string, findings: readonly Finding[], id: (n: number) => string): string {
  const cuts = new Set([0, text.length]);
  for (const f of findings) cuts.add(Math.min(f.start, text.length)).add(Math.min(f.end, text.length));
  const points = [...cuts].sort((a, b) => a - b);
  const numbered = new Set<number>();
  let out = '';
  const label = (n: number, f: Finding) => `<sup class="n ${f.severity}" id="${id(n)}">${n + 1}</sup>`;
  for (let k = 0; k < points.length; k++) {
    const at = points[k];
    // Empty findings (a map with no text of its own) stand as a numbered point.
    findings.forEach((f, n) => {
      if (f.start === f.end && f.start === at && !numbered.has(n)) {
        numbered.add(n);
        out += label(n, f);
      }
    });
    const next = points[k + 1];
    if (next === undefined) break;
    const covering = findings.map((f, n) => [f, n] as const).filter(([f]) => f.start <= at && f.end >= next && f.start < f.end);
    const piece = esc(text.slice(at, next));
    if (!covering.length) {
      out += piece;
      continue;
    }
    const severity = covering.reduce((s, [f]) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info' as Severity);
    let labels = '';
    for (const [f, n] of covering) {
      if (numbered.has(n)) continue;
      numbered.add(n);
      labels += label(n, f);
    }
    out += `${labels}<mark class="${severity}" title="${esc(covering.map(([f]) => f.message).join('\n'))}">${piece}</mark>`;
  }
  return out;
}

const EXCERPT_CONTEXT = 16;
/** Letters and digits that read as one token: a number, a plate, an e-mail address. */
const TOKEN = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ@._-]/;

/**
 * The context around a finding on its own line: about 16 characters each side, widened so that a
 * number or word is never cut in the middle (电话是13987654321, not 电话是1398765432).
 */
export function excerptAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = Math.max(0, start - EXCERPT_CONTEXT);
  while (from > 0 && TOKEN.test(text[from - 1]) && TOKEN.test(text[from])) from--;
  let to = Math.min(text.length, end + EXCERPT_CONTEXT);
  while (to < text.length && TOKEN.test(text[to - 1]) && TOKEN.test(text[to])) to++;
  // Never split a surrogate pair (an emoji, a rare character) at either end.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from])) from--;
  if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to])) to++;
  return {
    before: text
      .slice(from, start)
      .replace(/^[^\n]*\n/, '')
      .replace(/^[\s\S]*\n/, ''),
    after: text.slice(end, to).replace(/\n[\s\S]*$/, ''),
  };
}

export function formatHtml(results: readonly HtmlReportFile[], locale: Locale = 'zh'): string {
  const tr = translator(locale);
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  const blocking = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'block').length, 0);
  const cited = new Set<number>();
  const articleLinks = (f: Finding) =>
    f.basis
      .map((b) => {
        cited.add(b.article);
        return `<a href="#article-${b.article}">${esc(tr('basis.article', { article: b.article, label: articleLabel(b.article) }))}</a>`;
      })
      .join(esc(tr('list.separator')));

  const summaryRows = results
    .map((r, i) => {
      const b = r.findings.filter((f) => f.severity === 'block').length;
      return `<tr><td><a href="#file-${i + 1}">${esc(r.file)}</a></td><td>${esc(tr(`tier.${r.requiredApproval}`))}</td><td>${esc(tr('cli.html.fileFindings', { findings: r.findings.length, blocking: b }))}</td></tr>`;
    })
    .join('');

  const sections = results
    .map((r, i) => {
      const id = (n: number) => `f${i + 1}-${n + 1}`;
      const items = r.findings
        .map((f, n) => {
          const rule = ruleById(f.ruleId);
          const name = rule ? rule.meta.name[locale] : f.ruleId;
          const { before, after } = excerptAround(r.draft.text, f.start, f.end);
          return `<li class="${f.severity}"><a href="#${id(n)}">${n + 1}.</a> <span class="sev">${esc(tr(`severity.${f.severity}`))}</span> ${esc(tr(`category.${f.category}`))} · ${esc(name)} · ${articleLinks(f)}<br><span class="excerpt">${esc(before)}<mark class="${f.severity}">${esc(f.text)}</mark>${esc(after)}</span><p class="message">${esc(f.message)}</p></li>`;
        })
        .join('');
      return `<section id="file-${i + 1}"><h2>${esc(tr('cli.text.file', { file: r.file }))}</h2><p class="meta">${esc(tr('cli.text.required', { tier: tr(`tier.${r.requiredApproval}`) }))} · ${esc(tr('cli.html.fileFindings', { findings: r.findings.length, blocking: r.findings.filter((f) => f.severity === 'block').length }))}</p><h3>${esc(tr('cli.html.text'))}</h3><div class="text">${markedText(r.draft.text, r.findings, id)}</div><h3>${esc(tr('cli.html.findings'))}</h3>${items ? `<ol class="findings">${items}</ol>` : `<p class="none">${esc(tr('cli.text.none'))}</p>`}</section>`;
    })
    .join('\n');

  const articles = [...cited]
    .sort((a, b) => a - b)
    .map((n) => articleByNumber(n))
    .filter((a) => a !== undefined)
    .map(
      (a) =>
        `<blockquote id="article-${a.number}"><p><strong>${esc(a.label)}</strong></p>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</blockquote>`,
    )
    .join('');

  return `<!doctype html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(tr('cli.html.title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(tr('cli.html.title'))}</h1>
<p class="intro">${esc(tr('cli.html.intro', { version: RULESET_VERSION }))}</p>
<p><strong>${esc(tr('cli.html.summary', { files: results.length, findings: total, blocking }))}</strong></p>
<table><thead><tr><th>${esc(tr('cli.html.contents'))}</th><th>${esc(tr('cli.html.tier'))}</th><th>${esc(tr('cli.html.findings'))}</th></tr></thead><tbody>${summaryRows}</tbody></table>
${sections}
${articles ? `<section id="articles"><h2>${esc(tr('cli.html.articleText'))}</h2>${articles}</section>` : ''}
</main>
</body>
</html>
`;
}
