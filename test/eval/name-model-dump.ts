/**
 * The first-run estimate of `npm run train:names` needs the rule as it was before dev16 and dev17 were used
 * for tuning. Copy this file into a checkout of b51cf0e (test/eval/) and run it there:
 * `npx tsx test/eval/name-model-dump.ts /path/to/this/worktree /tmp/nmwork/old-rule.json`. It runs that
 * tree's no-personal-name rule on this worktree's dev16 and dev17 drafts and writes, per draft, the
 * normalised text and the rule's active findings in normalised offsets (name-model.ts checks the texts agree).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { draftFromText } from '../../lib/engine/draft';
import { draftFromHtml } from '../../lib/engine/html-tree';
import { checkDraft } from '../../lib/engine/runner';
import rule from '../../lib/rules/no-personal-name';
import { loadCorpus } from './corpus';

const [root, outFile] = process.argv.slice(2);
if (!root || !outFile) throw new Error('usage: name-model-dump.ts <worktree with the fixtures> <out.json>');
const out: Record<string, { text: string; found: { start: number; end: number; text: string }[] }> = {};
for (const name of ['dev16', 'dev17']) {
  const dir = pathToFileURL(`${root}/test/fixtures/blind/${name}/`);
  for (const { file, entry } of loadCorpus(dir)) {
    const draft =
      entry.html !== undefined
        ? draftFromHtml(entry.html, { title: entry.title, platform: entry.platform })
        : draftFromText(entry.text ?? '', { title: entry.title, platform: entry.platform });
    const { findings, normalized } = checkDraft(draft, [rule]);
    out[`${name}/${file}`] = {
      text: normalized.text,
      found: findings
        .filter((f) => f.severity !== 'info' && f.ruleId === 'no-personal-name')
        .map((f) => {
          const [start, end] = normalized.toNormalized(f.start, f.end);
          return { start, end, text: f.text };
        }),
    };
  }
}
writeFileSync(outFile, JSON.stringify(out));
console.log(`${Object.keys(out).length} drafts, ${Object.values(out).reduce((a, d) => a + d.found.length, 0)} findings`);
