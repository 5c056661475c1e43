/**
 * Field-by-field repair of stored values: a stored value that fails to parse loses only the parts that
 * are wrong. Each failing path is removed (so its default applies) or, when removing it is not
 * enough, its parent is; array and record entries are dropped rather than the whole list.
 */
import { z } from 'zod/mini';
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

/**
 * zod's Chinese issue wording, registered by the places that show issues to people (the options page
 * and the CLI import lib/settings/chinese-issues.ts). The content script repairs settings but never
 * shows an issue, so it does not carry the wording (2.4 kB).
 */
let chinese: ErrorMap | undefined;
export function registerChineseIssues(map: ErrorMap): void {
  chinese = map;
}

/** The zod locale for issue messages shown to users (zod's own English where Chinese is not registered). */
export function zodErrorMap(locale: 'zh' | 'en'): ErrorMap {
  return (locale === 'zh' && chinese) || z.locales.en().localeError;
}

/**
 * Parses `raw` with `schema`, removing whatever fails until it parses. Never throws as long as
 * the schema accepts `{}` (all our top-level fields have defaults or are optional). Issues name
 * paths as they were in `raw`, even after earlier entries of the same list were dropped.
 */
export function repairWith<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  locale: 'zh' | 'en' = 'zh',
): { value: z.output<S>; issues: FieldIssue[] } {
  let issues: FieldIssue[] = [];
  const error = zodErrorMap(locale);
  let data: Record<string, unknown>;
  if (raw === undefined || raw === null) data = {};
  else if (isRecord(raw)) data = structuredClone(raw);
  else {
    issues.push({ path: '', message: schema.safeParse(raw, { error }).error?.issues[0]?.message ?? '' });
    data = {};
  }
  // Original indices of array entries, so paths stay those of the input after a splice.
  const origin = new WeakMap<unknown[], number[]>();
  const originalPath = (path: Path): string => {
    const out: Path = [];
    let v: unknown = data;
    for (const k of path) {
      if (Array.isArray(v) && typeof k === 'number') {
        out.push(origin.get(v)?.[k] ?? k);
        v = v[k];
      } else {
        out.push(k);
        v = isRecord(v) ? v[String(k)] : undefined;
      }
    }
    return pathString(out);
  };
  const remove = (path: Path, message: string) => {
    const at = originalPath(path);
    // A child removed earlier is folded into its parent: one issue per removed field.
    const children = issues.filter((i) => i.path.startsWith(`${at}.`));
    issues = issues.filter((i) => !children.includes(i));
    const detail = children.length
      ? `${children[0].path.slice(at.length + 1)}${locale === 'zh' ? '：' : ': '}${children[0].message}`
      : message;
    issues.push({ path: at, message: detail });
    const parent = getAt(data, path.slice(0, -1));
    const key = path[path.length - 1];
    if (Array.isArray(parent) && typeof key === 'number') {
      if (!origin.has(parent))
        origin.set(
          parent,
          parent.map((_, i) => i),
        );
      origin.get(parent)!.splice(key, 1);
      parent.splice(key, 1);
    } else removeAt(data, path);
  };
  // Each round removes at least one path, so the number of rounds is bounded by the input's size.
  for (let round = 0; round < 10_000; round++) {
    const result = schema.safeParse(data, { error });
    if (result.success) return { value: result.data, issues };
    // Targets of one round all refer to the same state: remove the last array entries first.
    const targets: { path: Path; message: string }[] = [];
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) targets.push({ path: [...(issue.path as Path), key], message: issue.message });
        continue;
      }
      // A path that is already missing (a required field) takes its parent with it.
      let path = issue.path as Path;
      while (path.length > 0 && getAt(data, path) === undefined) path = path.slice(0, -1);
      targets.push({ path, message: issue.message });
    }
    if (targets.some((t) => t.path.length === 0)) {
      issues.push({ path: '', message: targets.find((t) => t.path.length === 0)!.message });
      data = {};
      const fresh = schema.safeParse(data, { error });
      if (fresh.success) return { value: fresh.data, issues };
      throw new Error('schema does not accept {}');
    }
    const seen = new Set<string>();
    targets
      .filter((t) => !seen.has(pathString(t.path)) && seen.add(pathString(t.path)))
      .sort((a, b) => comparePaths(b.path, a.path))
      .forEach((t) => {
        if (getAt(data, t.path) !== undefined) remove(t.path, t.message);
      });
  }
  throw new Error('repair did not converge');
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return String(a[i]).localeCompare(String(b[i]));
  }
  return a.length - b.length;
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
