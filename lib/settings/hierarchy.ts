/**
 * Editing the unit hierarchy one level at a time (options page): an emptied level is dropped, and
 * no level left means no hierarchy at all, so a settings file without one stays as it was.
 */
import { unitHierarchySchema, type UnitHierarchy } from './schema';

export const HIERARCHY_LEVELS = ['province', 'prefecture', 'county', 'department'] as const;
export type HierarchyLevel = (typeof HIERARCHY_LEVELS)[number];

/** Longest value each level accepts (the same limits the settings schema checks). */
export const HIERARCHY_MAX: Record<HierarchyLevel, number> = { province: 60, prefecture: 60, county: 60, department: 100 };

/**
 * The hierarchy with one level set to what the user typed. The text is kept as typed while
 * editing (the schema trims it when settings are saved); a value the schema refuses leaves the
 * hierarchy unchanged.
 */
export function withHierarchyLevel(current: UnitHierarchy | undefined, level: HierarchyLevel, value: string): UnitHierarchy | undefined {
  const next: UnitHierarchy = { ...current };
  if (value.trim()) next[level] = value;
  else delete next[level];
  const checked = unitHierarchySchema.safeParse(next);
  if (!checked.success) return current;
  return HIERARCHY_LEVELS.some((l) => next[l] !== undefined) ? next : undefined;
}
