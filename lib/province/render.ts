/**
 * The province report as one self-contained HTML page (inline CSS and SVG charts, nothing fetched,
 * A4 print), as CSV for Excel/WPS (BOM, CRLF, one row per account with its place in the
 * hierarchy) and as Markdown. Figures come from ./report.ts; nothing here queries.
 */
import Papa from 'papaparse';
import { PLATFORMS } from '../adapters/platforms';
import { CATEGORIES, articleLabel } from '../engine/rule';
import { translator, type Locale } from '../i18n';
import { UTF8_BOM } from '../log/transfer';
import { ruleById } from '../rules';
import { provinceTranslator, type ProvinceKey } from './messages';
import { provinceRollup, type AccountRow, type ProvinceReport, type Rollup } from './report';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Rows listed per article section; the drill-down holds every account. */
const LISTED = 100;
const CATEGORY_COLORS: Record<(typeof CATEGORIES)[number], string> = {
  source: '#3370ff',
  'personal-data': '#d83931',
  map: '#2ea121',
  commercial: '#f5a623',
  approval: '#7f3bf5',
};

interface Words {
  p: ReturnType<typeof provinceTranslator>;
  tr: ReturnType<typeof translator>;
  platform: (id: string) => string;
  rule: (id: string) => string;
  articles: (id: string) => string;
  level: (name: string) => string;
  account: (a: Pick<AccountRow, 'account'>) => string;
  range: (r: { from: string; to: string; days: number } | null) => string;
  problem: (kind: string | null, seq: number | null, status: string) => string;
}

function words(locale: Locale): Words {
  const p = provinceTranslator(locale);
  const tr = translator(locale);
  return {
    p,
    tr,
    platform: (id) => PLATFORMS.find((x) => x.id === id)?.name[locale] ?? id,
    rule: (id) => ruleById(id)?.meta.name[locale] ?? id,
    articles: (id) =>
      (ruleById(id)?.meta.basis ?? [])
        .map((b) => (locale === 'zh' ? articleLabel(b.article) : `Art. ${b.article}`))
        .join(locale === 'zh' ? '、' : ', '),
    level: (name) => name || p('unfiled'),
    account: (a) => a.account || p('noAccount'),
    range: (r) => (r ? p('range', r) : p('none')),
    problem: (kind, seq, status) =>
      status === 'pending' ? p('problem.pending') : kind ? p(`problem.${kind}` as ProvinceKey, { seq: seq ?? 0 }) : '',
  };
}

const STYLE = `
@page { size: A4; margin: 12mm; }
body { margin: 0; font: 14px/1.6 "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; color: #1f2329; background: #fff; }
main { max-width: 1000px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 17px; margin: 26px 0 6px; padding-top: 6px; border-top: 2px solid #1f2329; break-after: avoid; }
h3 { font-size: 15px; margin: 14px 0 4px; }
.meta, .intro, .note { color: #646a73; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin: 12px 0; }
.card { border: 1px solid #dee0e3; border-radius: 6px; padding: 8px 12px; break-inside: avoid; }
.card b { display: block; font-size: 22px; }
.card.bad b { color: #d83931; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0; }
th, td { border: 1px solid #dee0e3; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f5f6f7; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
svg { max-width: 100%; height: auto; }
svg text { font-size: 11px; fill: #1f2329; }
details { margin: 4px 0; }
summary { cursor: pointer; font-weight: 600; }
details details { margin-left: 18px; }
.legend span { display: inline-block; margin-right: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
button { font: inherit; }
@media print { button { display: none; } main { padding: 0; max-width: none; } h2 { break-before: auto; } }
`;

function table(head: string[], rows: (string | number)[][], numeric: number[] = []): string {
  const cell = (tag: string, v: string | number, i: number) => `<${tag}${numeric.includes(i) ? ' class="n"' : ''}>${esc(v)}</${tag}>`;
  return `<table><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

function rollupRow(r: Rollup, name: string): (string | number)[] {
  return [
    name,
    r.accounts,
    r.posts,
    r.accountsMissing,
    r.missedWorkdays,
    r.originalOverdue,
    r.majorUnverified,
    r.majorDeclared,
    r.overridden,
  ];
}

function rollupHead(w: Words, first: ProvinceKey): string[] {
  const p = w.p;
  return [
    p(first),
    p('col.accounts'),
    p('col.posts'),
    p('col.accountsMissing'),
    p('col.missed'),
    p('col.overdue'),
    p('col.majorUnverified'),
    p('col.majorDeclared'),
    p('col.overridden'),
  ];
}
const ROLLUP_NUMERIC = [1, 2, 3, 4, 5, 6, 7, 8];

/** Horizontal bars: per prefecture, accounts with missed working days and accounts overdue an original. */
function prefectureChart(report: ProvinceReport, w: Words): string {
  const rows = report.prefectures;
  if (!rows.length) return '';
  const max = Math.max(1, ...rows.map((r) => Math.max(r.accountsMissing, r.originalOverdue)));
  const rowH = 26;
  const left = 120;
  const width = 640;
  const scale = (v: number) => ((width - left - 50) * v) / max;
  const bars = rows
    .map((r, i) => {
      const y = 10 + i * rowH;
      return `<text x="${left - 6}" y="${y + 13}" text-anchor="end">${esc(w.level(r.name))}</text>
<rect x="${left}" y="${y}" width="${scale(r.accountsMissing).toFixed(1)}" height="10" fill="#3370ff"><title>${esc(`${w.p('chart.missing')}: ${r.accountsMissing}`)}</title></rect>
<text x="${(left + scale(r.accountsMissing) + 4).toFixed(1)}" y="${y + 9}">${r.accountsMissing}</text>
<rect x="${left}" y="${y + 11}" width="${scale(r.originalOverdue).toFixed(1)}" height="10" fill="#f5a623"><title>${esc(`${w.p('chart.overdue')}: ${r.originalOverdue}`)}</title></rect>
<text x="${(left + scale(r.originalOverdue) + 4).toFixed(1)}" y="${y + 20}">${r.originalOverdue}</text>`;
    })
    .join('\n');
  const height = 20 + rows.length * rowH;
  return `<figure><figcaption>${esc(w.p('chart.accountsByPrefecture'))}</figcaption>
<p class="legend"><span><i style="background:#3370ff"></i>${esc(w.p('chart.missing'))}</span><span><i style="background:#f5a623"></i>${esc(w.p('chart.overdue'))}</span></p>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(w.p('chart.accountsByPrefecture'))}">${bars}</svg></figure>`;
}

/** Stacked columns: findings per month by category. */
function findingsChart(report: ProvinceReport, w: Words): string {
  const months = [...new Set(report.findingsByMonth.map((f) => f.month))].sort();
  if (!months.length) return `<p class="note">${esc(w.p('none'))}</p>`;
  const by = new Map(report.findingsByMonth.map((f) => [`${f.month}|${f.category}`, f.findings]));
  const totals = months.map((m) => CATEGORIES.reduce((n, c) => n + (by.get(`${m}|${c}`) ?? 0), 0));
  const max = Math.max(1, ...totals);
  const width = 680;
  const height = 220;
  const left = 40;
  const bottom = 30;
  const colW = (width - left - 10) / months.length;
  const cols = months
    .map((m, i) => {
      let y = height - bottom;
      const x = left + i * colW;
      const parts = CATEGORIES.map((c) => {
        const v = by.get(`${m}|${c}`) ?? 0;
        if (!v) return '';
        const h = ((height - bottom - 10) * v) / max;
        y -= h;
        return `<rect x="${(x + 1).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, colW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${CATEGORY_COLORS[c]}"><title>${esc(`${m} ${w.tr(`category.${c}`)}: ${v}`)}</title></rect>`;
      }).join('');
      const label =
        months.length <= 18 || i % Math.ceil(months.length / 18) === 0
          ? `<text x="${(x + colW / 2).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle">${esc(m.slice(2))}</text>`
          : '';
      return parts + label;
    })
    .join('\n');
  const axis = `<line x1="${left}" y1="${height - bottom}" x2="${width - 10}" y2="${height - bottom}" stroke="#8f959e"/><text x="${left - 4}" y="14" text-anchor="end">${max}</text><text x="${left - 4}" y="${height - bottom}" text-anchor="end">0</text>`;
  const legend = `<p class="legend">${CATEGORIES.map((c) => `<span><i style="background:${CATEGORY_COLORS[c]}"></i>${esc(w.tr(`category.${c}`))}</span>`).join('')}</p>`;
  const rows = months.map((m, i) => [m, ...CATEGORIES.map((c) => by.get(`${m}|${c}`) ?? 0), totals[i]]);
  return `${legend}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(w.p('findings.title'))}">${axis}${cols}</svg>
${table([w.p('col.month'), ...CATEGORIES.map((c) => w.tr(`category.${c}`)), w.p('col.findings')], rows, [1, 2, 3, 4, 5, 6])}`;
}

function accountCells(a: AccountRow, w: Words): (string | number)[] {
  return [
    w.platform(a.platform),
    w.account(a),
    a.department || '',
    a.posts,
    a.originals,
    a.missedWorkdays,
    w.range(a.longestWorkdayGap),
    a.lastOriginal ?? w.p('none'),
    a.daysSinceOriginal ?? '',
    a.originalGaps,
    a.majorUnverified,
    a.majorDeclared,
    a.overridden,
  ];
}
function accountHead(w: Words): string[] {
  const p = w.p;
  return [
    p('col.platform'),
    p('col.account'),
    p('col.department'),
    p('col.posts'),
    p('col.originals'),
    p('col.missed'),
    p('col.longest'),
    p('col.lastOriginal'),
    p('col.sinceOriginal'),
    p('col.originalGaps'),
    p('col.majorUnverified'),
    p('col.majorDeclared'),
    p('col.overridden'),
  ];
}
const ACCOUNT_NUMERIC = [3, 4, 5, 8, 9, 10, 11, 12];

const where = (a: AccountRow, w: Words) => `${w.level(a.prefecture)} · ${w.level(a.county)}`;

export function renderHtml(report: ProvinceReport, locale: Locale = 'zh'): string {
  const w = words(locale);
  const p = w.p;
  const t = report.totals;
  const province = provinceRollup(report);
  const card = (label: ProvinceKey, value: number, bad = false) =>
    `<div class="card${bad && value > 0 ? ' bad' : ''}"><b>${value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en')}</b>${esc(p(label))}</div>`;
  const missing = report.accounts
    .filter((a) => a.missedWorkdays > 0)
    .sort((a, b) => b.missedWorkdays - a.missedWorkdays || (b.longestWorkdayGap?.days ?? 0) - (a.longestWorkdayGap?.days ?? 0));
  const overdue = report.accounts
    .filter((a) => a.originalOverdue)
    .sort((a, b) => (b.daysSinceOriginal ?? Infinity) - (a.daysSinceOriginal ?? Infinity));
  const major = report.accounts.filter((a) => a.majorUnverified > 0).sort((a, b) => b.majorUnverified - a.majorUnverified);
  const drill = report.prefectures
    .map(
      (
        pref,
      ) => `<details><summary>${esc(w.level(pref.name))} — ${esc(p('col.accounts'))} ${pref.accounts} · ${esc(p('col.accountsMissing'))} ${pref.accountsMissing} · ${esc(p('col.overdue'))} ${pref.originalOverdue}</summary>
${table(
  rollupHead(w, 'col.county'),
  pref.counties.map((c) => rollupRow(c, w.level(c.name))),
  ROLLUP_NUMERIC,
)}
${pref.counties
  .map(
    (c) =>
      `<details><summary>${esc(w.level(c.name))}（${c.accounts}）</summary>${table(
        accountHead(w),
        c.members.map((a) => accountCells(a, w)),
        ACCOUNT_NUMERIC,
      )}</details>`,
  )
  .join('\n')}
</details>`,
    )
    .join('\n');
  const body = `<main>
<h1>${esc(p('title'))}</h1>
<p class="meta">${esc(p('asOf', { today: report.today, from: t.firstDay ?? '—', to: t.lastDay ?? '—', files: t.files }))}</p>
<h2 id="glance">${esc(p('glance'))}</h2>
<div class="cards">${card('card.accounts', t.accounts)}${card('card.records', t.records)}${card('card.missing', province.accountsMissing, true)}${card('card.overdue', province.originalOverdue, true)}${card('card.major', province.majorUnverified, true)}${card('card.failed', t.failedDevices, true)}</div>
${prefectureChart(report, w)}
${table(rollupHead(w, 'col.prefecture'), [...report.prefectures.map((r) => rollupRow(r, w.level(r.name)))], ROLLUP_NUMERIC)}
<h2 id="art22">${esc(p('art22.title'))}</h2>
<p class="intro">${esc(p('art22.intro', { count: LISTED }))}</p>
${
  missing.length
    ? table(
        [p('col.prefecture'), p('col.platform'), p('col.account'), p('col.missed'), p('col.longest')],
        missing
          .slice(0, LISTED)
          .map((a) => [where(a, w), w.platform(a.platform), w.account(a), a.missedWorkdays, w.range(a.longestWorkdayGap)]),
        [3],
      )
    : `<p>${esc(p('none'))}</p>`
}
<h2 id="art23">${esc(p('art23.title'))}</h2>
<p class="intro">${esc(p('art23.intro', { count: LISTED }))}</p>
${
  overdue.length
    ? table(
        [
          p('col.prefecture'),
          p('col.platform'),
          p('col.account'),
          p('col.lastOriginal'),
          p('col.sinceOriginal'),
          p('col.originalGaps'),
          p('col.longestOriginalGap'),
        ],
        overdue
          .slice(0, LISTED)
          .map((a) => [
            where(a, w),
            w.platform(a.platform),
            w.account(a),
            a.lastOriginal ?? p('none'),
            a.daysSinceOriginal ?? '—',
            a.originalGaps,
            w.range(a.longestOriginalGap),
          ]),
        [4, 5],
      )
    : `<p>${esc(p('none'))}</p>`
}
<h2 id="art21">${esc(p('art21.title'))}</h2>
<p class="intro">${esc(p('art21.intro'))}</p>
${
  major.length
    ? table(
        [p('col.prefecture'), p('col.platform'), p('col.account'), p('col.major'), p('col.majorUnverified'), p('col.majorDeclared')],
        major.slice(0, LISTED).map((a) => [where(a, w), w.platform(a.platform), w.account(a), a.major, a.majorUnverified, a.majorDeclared]),
        [3, 4, 5],
      )
    : `<p>${esc(p('none'))}</p>`
}
<h2 id="overrides">${esc(p('overrides.title'))}</h2>
<h3>${esc(p('overrides.byRule'))}</h3>
${
  report.overridesByRule.length
    ? table(
        [p('col.rule'), p('col.articles'), p('col.overridden'), p('col.accounts')],
        report.overridesByRule.map((r) => [w.rule(r.ruleId), w.articles(r.ruleId), r.overrides, r.accounts]),
        [2, 3],
      )
    : `<p>${esc(p('none'))}</p>`
}
<h3>${esc(p('overrides.reasons', { count: report.overrideReasons.length }))}</h3>
${
  report.overrideReasons.length
    ? table(
        [p('col.platform'), p('col.account'), p('col.rule'), p('col.reason'), p('col.times'), p('col.lastDay')],
        report.overrideReasons.map((r) => [w.platform(r.platform), w.account(r), w.rule(r.ruleId), r.reason, r.times, r.lastDay]),
        [4],
      )
    : `<p>${esc(p('none'))}</p>`
}
<h2 id="findings">${esc(p('findings.title'))}</h2>
${findingsChart(report, w)}
<h2 id="devices">${esc(p('devices.title'))}</h2>
${
  report.failedDevices.length
    ? `<p class="intro">${esc(p('devices.intro'))}</p>${table(
        [p('col.device'), p('col.status'), p('col.problem'), p('col.records'), p('col.account')],
        report.failedDevices.map((d) => [
          d.deviceId,
          p(d.status === 'pending' ? 'status.pending' : 'status.failed'),
          w.problem(d.kind, d.seq, d.status),
          d.records,
          d.accounts,
        ]),
        [3],
      )}`
    : `<p>${esc(p('devices.ok'))}</p>`
}
<h2 id="drill">${esc(p('drill.title'))}</h2>
<p><button type="button" id="open-all">${esc(p('drill.open'))}</button></p>
${drill}
${report.yearsWithoutHolidays.length ? `<p class="note">${esc(p('noHolidayData', { years: report.yearsWithoutHolidays.join(locale === 'zh' ? '、' : ', ') }))}</p>` : ''}
<p class="note">${esc(p('method'))}</p>
</main>`;
  // Printing opens every level of the drill-down, so paper shows what the screen can.
  const script = `const openAll = () => document.querySelectorAll('details').forEach((d) => { d.open = true; });
document.getElementById('open-all').addEventListener('click', openAll);
window.addEventListener('beforeprint', openAll);`;
  return `<!doctype html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p('title'))} ${esc(report.today)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

/** One row per account, its place in the hierarchy first; BOM and CRLF for Excel and WPS. */
export function renderCsv(report: ProvinceReport, locale: Locale = 'zh'): string {
  const w = words(locale);
  const p = w.p;
  const head = [
    p('col.prefecture'),
    p('col.county'),
    p('col.department'),
    p('col.unit'),
    p('col.platform'),
    p('col.account'),
    p('col.posts'),
    p('col.originals'),
    p('col.firstDay'),
    p('col.lastPost'),
    p('col.missed'),
    p('col.longest'),
    p('col.lastOriginal'),
    p('col.sinceOriginal'),
    p('col.originalGaps'),
    p('col.longestOriginalGap'),
    p('col.major'),
    p('col.majorUnverified'),
    p('col.majorDeclared'),
    p('col.overridden'),
    p('col.findings'),
  ];
  const rows = report.accounts.map((a) => [
    w.level(a.prefecture),
    w.level(a.county),
    a.department,
    a.unit,
    w.platform(a.platform),
    w.account(a),
    a.posts,
    a.originals,
    a.firstDay,
    a.lastPost,
    a.missedWorkdays,
    a.longestWorkdayGap?.days ?? 0,
    a.lastOriginal ?? '',
    a.daysSinceOriginal ?? '',
    a.originalGaps,
    a.longestOriginalGap?.days ?? 0,
    a.major,
    a.majorUnverified,
    a.majorDeclared,
    a.overridden,
    a.findings,
  ]);
  return UTF8_BOM + Papa.unparse([head, ...rows], { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ }) + '\r\n';
}

export function renderMarkdown(report: ProvinceReport, locale: Locale = 'zh'): string {
  const w = words(locale);
  const p = w.p;
  const t = report.totals;
  const province = provinceRollup(report);
  const cell = (v: string | number) => String(v).replaceAll('|', '\\|').replaceAll('\n', ' ');
  const md = (head: string[], rows: (string | number)[][]) =>
    [
      `| ${head.map(cell).join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n');
  const missing = report.accounts.filter((a) => a.missedWorkdays > 0).sort((a, b) => b.missedWorkdays - a.missedWorkdays);
  const overdue = report.accounts
    .filter((a) => a.originalOverdue)
    .sort((a, b) => (b.daysSinceOriginal ?? Infinity) - (a.daysSinceOriginal ?? Infinity));
  const major = report.accounts.filter((a) => a.majorUnverified > 0).sort((a, b) => b.majorUnverified - a.majorUnverified);
  const out = [
    `# ${p('title')}`,
    '',
    p('asOf', { today: report.today, from: t.firstDay ?? '—', to: t.lastDay ?? '—', files: t.files }),
    '',
    `## ${p('glance')}`,
    '',
    `- ${p('card.accounts')}：${t.accounts}`,
    `- ${p('card.records')}：${t.records}`,
    `- ${p('card.missing')}：${province.accountsMissing}`,
    `- ${p('card.overdue')}：${province.originalOverdue}`,
    `- ${p('card.major')}：${province.majorUnverified}`,
    `- ${p('card.failed')}：${t.failedDevices}`,
    '',
    md(
      rollupHead(w, 'col.prefecture'),
      report.prefectures.map((r) => rollupRow(r, w.level(r.name))),
    ),
    '',
    `## ${p('art22.title')}`,
    '',
    missing.length
      ? md(
          [p('col.prefecture'), p('col.platform'), p('col.account'), p('col.missed'), p('col.longest')],
          missing
            .slice(0, LISTED)
            .map((a) => [where(a, w), w.platform(a.platform), w.account(a), a.missedWorkdays, w.range(a.longestWorkdayGap)]),
        )
      : p('none'),
    '',
    `## ${p('art23.title')}`,
    '',
    overdue.length
      ? md(
          [
            p('col.prefecture'),
            p('col.platform'),
            p('col.account'),
            p('col.lastOriginal'),
            p('col.sinceOriginal'),
            p('col.longestOriginalGap'),
          ],
          overdue
            .slice(0, LISTED)
            .map((a) => [
              where(a, w),
              w.platform(a.platform),
              w.account(a),
              a.lastOriginal ?? p('none'),
              a.daysSinceOriginal ?? '—',
              w.range(a.longestOriginalGap),
            ]),
        )
      : p('none'),
    '',
    `## ${p('art21.title')}`,
    '',
    major.length
      ? md(
          [p('col.prefecture'), p('col.platform'), p('col.account'), p('col.major'), p('col.majorUnverified'), p('col.majorDeclared')],
          major
            .slice(0, LISTED)
            .map((a) => [where(a, w), w.platform(a.platform), w.account(a), a.major, a.majorUnverified, a.majorDeclared]),
        )
      : p('none'),
    '',
    `## ${p('overrides.title')}`,
    '',
    report.overridesByRule.length
      ? md(
          [p('col.rule'), p('col.articles'), p('col.overridden'), p('col.accounts')],
          report.overridesByRule.map((r) => [w.rule(r.ruleId), w.articles(r.ruleId), r.overrides, r.accounts]),
        )
      : p('none'),
    '',
    report.overrideReasons.length
      ? md(
          [p('col.platform'), p('col.account'), p('col.rule'), p('col.reason'), p('col.times'), p('col.lastDay')],
          report.overrideReasons.map((r) => [w.platform(r.platform), w.account(r), w.rule(r.ruleId), r.reason, r.times, r.lastDay]),
        )
      : '',
    '',
    `## ${p('findings.title')}`,
    '',
    md(
      [p('col.month'), ...CATEGORIES.map((c) => w.tr(`category.${c}`))],
      [...new Set(report.findingsByMonth.map((f) => f.month))].map((m) => [
        m,
        ...CATEGORIES.map((c) => report.findingsByMonth.find((f) => f.month === m && f.category === c)?.findings ?? 0),
      ]),
    ),
    '',
    `## ${p('devices.title')}`,
    '',
    report.failedDevices.length
      ? md(
          [p('col.device'), p('col.status'), p('col.problem'), p('col.records'), p('col.account')],
          report.failedDevices.map((d) => [
            d.deviceId,
            p(d.status === 'pending' ? 'status.pending' : 'status.failed'),
            w.problem(d.kind, d.seq, d.status),
            d.records,
            d.accounts,
          ]),
        )
      : p('devices.ok'),
    '',
  ];
  if (report.yearsWithoutHolidays.length) out.push(p('noHolidayData', { years: report.yearsWithoutHolidays.join('、') }), '');
  return out.join('\n');
}
