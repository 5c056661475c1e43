/**
 * Dated TODOs expire: a `TODO(YYYY-MM)` in lib/ (a legacy selector kept for a page generation that
 * may be gone, for instance) must be resolved or re-dated with a reason once its month is over.
 * Otherwise the dates stop meaning anything and dead selectors stay forever.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LIB = join(ROOT, 'lib');

interface DatedTodo {
  line: number;
  due: string;
  text: string;
}

/** Every `TODO(…)` whose parentheses start like a date; a malformed date is reported as due '(invalid)'. */
function datedTodos(source: string): DatedTodo[] {
  const found: DatedTodo[] = [];
  source.split('\n').forEach((text, i) => {
    for (const [, due] of text.matchAll(/TODO\((\d{4}-\d{1,2}[^)]*)\)/g)) {
      const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(due);
      found.push({ line: i + 1, due: valid ? due : '(invalid)', text: text.trim() });
    }
  });
  return found;
}

/** A TODO dated YYYY-MM is due by the end of that month: it has expired once `now` is in a later month. */
function isExpired(todo: DatedTodo, now: Date): boolean {
  if (todo.due === '(invalid)') return true;
  const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return todo.due < current;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('dated TODOs', () => {
  const NOW = new Date('2026-12-06T21:00:00Z');
  const cases: { source: string; expired: string[] }[] = [
    { source: '// TODO(2026-12): still this month', expired: [] },
    { source: '// TODO(2027-01): next month', expired: [] },
    { source: "// TODO: undated, not this test's business", expired: [] },
    { source: '// TODO(2026-11): last month', expired: ['2026-11'] },
    { source: '// TODO(2025-12): a year ago', expired: ['2025-12'] },
    { source: '// TODO(2026-13): no such month', expired: ['(invalid)'] },
    { source: '// TODO(2026-5): unpadded month', expired: ['(invalid)'] },
    { source: "'a',\n    // TODO(2026-10): legacy editor\n    '.ql-editor',", expired: ['2026-10'] },
  ];
  for (const { source, expired } of cases) {
    it(`finds ${expired.length ? expired.join(', ') : 'nothing'} expired in ${JSON.stringify(source.slice(0, 40))}`, () => {
      expect(
        datedTodos(source)
          .filter((t) => isExpired(t, NOW))
          .map((t) => t.due),
      ).toEqual(expired);
    });
  }

  it('has none past its date in lib/', () => {
    const now = new Date();
    const files = sourceFiles(LIB);
    expect(files.length).toBeGreaterThan(50);
    const expired = files.flatMap((file) =>
      datedTodos(readFileSync(file, 'utf8'))
        .filter((t) => isExpired(t, now))
        .map((t) => `${relative(ROOT, file)}:${t.line}: ${t.text}`),
    );
    expect(expired).toEqual([]);
  });
});
