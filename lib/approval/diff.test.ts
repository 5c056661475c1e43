import { describe, expect, it } from 'vitest';
import { changedPassages } from './diff';

describe('changed passages', () => {
  it('shows which passages changed after approval', () => {
    expect(changedPassages('标题\n第一段\n第二段', '标题\n第一段\n第二段（改）\n第三段')).toEqual({
      added: ['第二段（改）', '第三段'],
      removed: ['第二段'],
    });
    expect(changedPassages('a\na', 'a')).toEqual({ added: [], removed: ['a'] });
  });
});
