/**
 * Field-by-field repair (STYLE §7): a stored value that fails to parse loses only the parts that
 * are wrong. Each failing path is removed (so its default applies) or, when removing it is not
 * enough, its parent is; array and record entries are dropped rather than the whole list.
 */
import { z } from 'zod';
import type { Rule } from '../engine/rule';

export type Path = (string | number)[];

export interface FieldIssue {
  /** Dotted path of the field, e.g. `rules.no-unmasked-mobile.severity`, `accounts.2`. */
  path: string;
  /** zod's message (in the locale asked for). */
  message: string;
}

export const pathString = (path: readonly PropertyKey[]) => path.map(String).join('.');

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v)) v = v[String(k)];
    else return undefined;
  }
  return v;
}

function removeAt(root: Record<string, unknown>, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isRecord(parent)) delete parent[String(key)];
}

export type ErrorMap = z.core.$ZodErrorMap;

/** The zod locale for issue messages shown to users. */
export function zodErrorMap(locale: 'zh' | 'en'): ErrorMap {
  return (locale === 'zh' ? z.locales.zhCN() : z.locales.en()).localeError;
}

/**
 * Parses `raw` with `schema`, removing whatever fails until it parses. Never throws as long as
 * the schema accepts `{}` (all our top-level fields have defaults or are optional).
 */
export function repairWith<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  locale: 'zh' | 'en' = 'zh',
): { value: z.output<S>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const error = zodErrorMap(locale);
  let data: Record<string, unknown>;
  if (raw === undefined || raw === null) data = {};
  else if (isRecord(raw)) data = structuredClone(raw);
  else {
    issues.push({ path: '', message: schema.safeParse(raw, { error }).error?.issues[0]?.message ?? '' });
    data = {};
  }
  // Each round removes at least one path, so the number of rounds is bounded by the input's size.
  for (let round = 0; round < 10_000; round++) {
    const result = schema.safeParse(data, { error });
    if (result.success) return { value: result.data, issues };
    const issue = result.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...(issue.path as Path), key];
        removeAt(data, path);
        issues.push({ path: pathString(path), message: issue.message });
      }
      continue;
    }
    // A path that is already missing (a required field) takes its parent with it.
    let path = issue.path as Path;
    while (path.length > 0 && getAt(data, path) === undefined) path = path.slice(0, -1);
    if (path.length === 0) {
      issues.push({ path: pathString(issue.path as Path), message: issue.message });
      data = {};
      const fresh = schema.safeParse(data, { error });
      if (fresh.success) return { value: fresh.data, issues };
      throw new Error('settings schema does not accept {}');
    }
    removeAt(data, path);
    issues.push({ path: pathString(path), message: issue.message });
  }
  throw new Error('repair did not converge');
}

/**
 * Per-rule options are checked against the rule's own schema: unknown rules are kept (a newer
 * build may have them), invalid options of a known rule are dropped so the rule's defaults apply.
 */
export function checkRuleOptions(
  ruleSettings: Record<string, { options?: Record<string, unknown> }>,
  rules: readonly Rule[],
  locale: 'zh' | 'en' = 'zh',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [id, setting] of Object.entries(ruleSettings)) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule || setting.options === undefined) continue;
    const parsed = rule.meta.options.safeParse(setting.options, { error: zodErrorMap(locale) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: pathString(['rules', id, 'options', ...issue.path]), message: issue.message });
      }
    }
  }
  return issues;
}
