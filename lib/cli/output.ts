/** The check CLI's reports: the JSON contract, the text report and the rule list. */
import type { Draft } from '../engine/draft';
import { articleLabel, type Finding, type Tier } from '../engine/rule';
import { translator, type Locale } from '../i18n';
import { rules } from '../rules';
import type { CliApproval } from './approval-check';

export interface FileResult {
  file: string;
  requiredApproval: Tier;
  findings: Finding[];
  draft: Draft;
  /** Only when --trust or --token was given. */
  approval?: CliApproval;
}

/** The JSON contract's shape of one finding: exactly these fields. */
function contractFinding(f: Finding) {
  const { ruleId, category, severity, start, end, text, message, basis } = f;
  // A finding inside an image also says which image and where in it (start = end = where it stands).
  return {
    ruleId,
    category,
    severity,
    start,
    end,
    text,
    message,
    basis,
    ...(f.image ? { image: { src: f.image.src, box: f.image.box } } : {}),
  };
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify({
    results: results.map((r) => ({
      file: r.file,
      requiredApproval: r.requiredApproval,
      findings: r.findings.map(contractFinding),
      ...(r.approval
        ? { approval: { status: r.approval.status, reason: r.approval.reason, level: r.approval.tier, reviewer: r.approval.reviewer } }
        : {}),
    })),
  });
}

/** The line (1-based) and a short excerpt around a finding, the finding marked as the catalogue says (【】 in Chinese). */
function excerpt(text: string, start: number, end: number, tr: ReturnType<typeof translator>): { line: number; excerpt: string } {
  const line = text.slice(0, start).split('\n').length;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(Math.max(lineStart, start - 20), start);
  const after = text.slice(end, Math.min(lineEnd, end + 20));
  const flagged = text.slice(start, end);
  return {
    line,
    excerpt: tr('cli.text.excerpt', {
      before: `${start - 20 > lineStart ? '…' : ''}${before}`,
      flagged: flagged.length > 60 ? `${flagged.slice(0, 57)}…` : flagged,
      after: `${after}${end + 20 < lineEnd ? '…' : ''}`,
    }),
  };
}

/** 第二十四条、第四十条 (or "Art. 24, Art. 40"). */
function articlesOf(basis: readonly { article: number }[], tr: ReturnType<typeof translator>): string {
  return basis.map((b) => tr('basis.article', { article: b.article, label: articleLabel(b.article) })).join(tr('list.separator'));
}

export function formatText(results: FileResult[], locale: Locale = 'zh'): string {
  const tr = translator(locale);
  const out: string[] = [];
  let total = 0;
  let blocking = 0;
  for (const r of results) {
    out.push(tr('cli.text.file', { file: r.file }));
    out.push(`  ${tr('cli.text.required', { tier: tr(`tier.${r.requiredApproval}`) })}`);
    if (r.approval) out.push(`  ${tr('cli.text.approval', { status: r.approval.line })}`);
    if (r.findings.length === 0) out.push(`  ${tr('cli.text.none')}`);
    for (const f of r.findings) {
      total++;
      if (f.severity === 'block') blocking++;
      const { line, excerpt: ex } = excerpt(r.draft.text, f.start, f.end, tr);
      const articles = articlesOf(f.basis, tr);
      out.push(
        `  ${tr('cli.text.finding', { severity: tr(`severity.${f.severity}`), line: tr('cli.text.line', { line }), category: tr(`category.${f.category}`), articles, ruleId: f.ruleId })}`,
      );
      out.push(`    ${f.image ? tr('cli.text.image', { src: f.image.src, box: f.image.box.join(',') }) : ex}`);
      out.push(`    ${f.message}`);
    }
    out.push('');
  }
  out.push(tr('cli.text.summary', { files: results.length, findings: total, blocking }));
  return out.join('\n');
}

export function listRules(format: 'json' | 'text', locale: Locale = 'zh'): string {
  if (format === 'json') {
    return JSON.stringify({
      rules: rules.map((r) => ({ id: r.meta.id, category: r.meta.category, defaultSeverity: r.meta.defaultSeverity, basis: r.meta.basis })),
    });
  }
  const tr = translator(locale);
  const lines = [tr('cli.rules.header', { count: rules.length })];
  for (const r of rules) {
    const articles = articlesOf(r.meta.basis, tr);
    lines.push(
      `  ${tr('cli.rules.line', { id: r.meta.id, name: r.meta.name[locale], category: tr(`category.${r.meta.category}`), severity: tr(`severity.${r.meta.defaultSeverity}`), articles })}`,
    );
  }
  return lines.join('\n');
}
