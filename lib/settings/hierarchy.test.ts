import { describe, expect, it } from 'vitest';
import { withHierarchyLevel } from './hierarchy';
import { settingsSchema } from './schema';

describe('withHierarchyLevel', () => {
  it('sets a level, keeps the others, and drops an emptied one', () => {
    const h = withHierarchyLevel({ province: '云南省' }, 'prefecture', '昆明市');
    expect(h).toEqual({ province: '云南省', prefecture: '昆明市' });
    expect(withHierarchyLevel(h, 'province', '  ')).toEqual({ prefecture: '昆明市' });
  });

  it('leaves no hierarchy when the last level is emptied', () => {
    expect(withHierarchyLevel({ county: '五华区' }, 'county', '')).toBeUndefined();
  });

  it('refuses a value longer than the settings allow', () => {
    const before = { province: '云南省' };
    expect(withHierarchyLevel(before, 'county', '县'.repeat(61))).toBe(before);
    expect(withHierarchyLevel(before, 'department', '局'.repeat(100))).toEqual({ province: '云南省', department: '局'.repeat(100) });
  });

  it('gives settings that save trimmed', () => {
    const hierarchy = withHierarchyLevel(undefined, 'prefecture', ' 昆明市 ');
    expect(settingsSchema.parse({ profile: { hierarchy } }).profile.hierarchy).toEqual({ prefecture: '昆明市' });
  });
});
