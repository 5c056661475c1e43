import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, withRuleTable } from '../tools/rule-table';

describe('README', () => {
  const readme = readFileSync(README, 'utf8');
  it('has the generated rule table up to date (run npm run docs)', () => {
    expect(readme).toBe(withRuleTable(readme));
  });
  it('puts the two set-up commands near the top', () => {
    const top = readme.slice(0, 2500);
    expect(top).toContain('npm ci && npm run build');
    expect(top).toContain('npm test');
  });
});
