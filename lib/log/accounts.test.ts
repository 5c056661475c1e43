import { describe, expect, it } from 'vitest';
import { CHOSEN_ACCOUNTS_KEY, chooseAccount, loadChosenAccounts, type KeyValueArea } from './accounts';

function area(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('the account chosen per platform', () => {
  it('is kept per platform, and cleared with null', async () => {
    const a = area();
    expect(await loadChosenAccounts(a)).toEqual({});
    await chooseAccount(a, 'weibo', '盘龙区政府');
    await chooseAccount(a, 'wechat', '昆明发布');
    expect(await loadChosenAccounts(a)).toEqual({ weibo: '盘龙区政府', wechat: '昆明发布' });
    await chooseAccount(a, 'weibo', null);
    expect(a.data[CHOSEN_ACCOUNTS_KEY]).toEqual({ wechat: '昆明发布' });
  });

  it.each([['not an object'], [{ weibo: 42 }], [{ weibo: '' }], [{ ['p'.repeat(41)]: '甲' }], [null]])(
    'reads a corrupt value (%j) as none, and a choice replaces it',
    async (bad) => {
      const a = area({ [CHOSEN_ACCOUNTS_KEY]: bad });
      expect(await loadChosenAccounts(a)).toEqual({});
      expect(await chooseAccount(a, 'douyin', '春城应急')).toEqual({ douyin: '春城应急' });
    },
  );

  it('keeps the good entries next to a corrupt one', async () => {
    const a = area({ [CHOSEN_ACCOUNTS_KEY]: { weibo: 42, wechat: '昆明发布' } });
    expect(await loadChosenAccounts(a)).toEqual({ wechat: '昆明发布' });
  });

  it('refuses to store a name longer than the settings allow', async () => {
    await expect(chooseAccount(area(), 'weibo', '名'.repeat(61))).rejects.toThrow();
  });
});
