/**
 * What the fuzz run asserts for one draft: the engine does not throw; every finding's range is
 * inside the text, is exactly its `text`, never cuts a surrogate pair and is never empty; every
 * edit is inside the text on whole characters; and `--mask` leaves no maskable personal data —
 * its output, read back and checked again, has no personal-data finding that masking could fix.
 */
import { draftFromSource, maskFile, maskingEdits, type LoadedDraft } from '../../lib/cli/check';
import { rangeProblem, wholeCodePoints } from '../../lib/engine/ranges';
import { checkDraft } from '../../lib/engine/runner';
import type { Finding } from '../../lib/engine/rule';
import { rules } from '../../lib/rules';
import type { FuzzCase } from './generate';

export interface FuzzProblem {
  seed: number;
  kind: 'crash' | 'range' | 'pii-left';
  detail: string;
}

const FILE_KIND = { html: 'html', document: 'html', text: 'txt', json: 'json' } as const;

export function checkCase(c: FuzzCase): FuzzProblem[] {
  const problems: FuzzProblem[] = [];
  let loaded: LoadedDraft;
  let checked: Finding[];
  try {
    loaded = draftFromSource(`fuzz-${c.seed}`, FILE_KIND[c.kind], c.source);
    const { findings } = checkDraft(loaded.draft, rules);
    checked = findings;
    const text = loaded.draft.text;
    for (const f of findings) {
      const problem = rangeProblem(text, f.start, f.end, f.text, f.target !== undefined);
      if (problem) problems.push({ seed: c.seed, kind: 'range', detail: `${f.ruleId}: ${problem}` });
      for (const e of [...(f.fix ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)]) {
        const [s, end] = wholeCodePoints(text, e.start, e.end);
        if (s !== e.start || end !== e.end || e.start > e.end)
          problems.push({ seed: c.seed, kind: 'range', detail: `${f.ruleId}: edit [${e.start}, ${e.end}) in ${text.length}` });
      }
    }
  } catch (e) {
    return [{ seed: c.seed, kind: 'crash', detail: `engine: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}` }];
  }
  try {
    const { findings } = maskFile(loaded, 'zh', checked);
    const left = maskingEdits(findings).length ? findings.filter((f) => f.category === 'personal-data' && f.suggestions?.length) : [];
    for (const f of left) problems.push({ seed: c.seed, kind: 'pii-left', detail: `${f.ruleId}: “${f.text}”` });
  } catch (e) {
    problems.push({ seed: c.seed, kind: 'crash', detail: `mask: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}` });
  }
  return problems;
}
