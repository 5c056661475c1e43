import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, toHex } from './hash';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j to the published test vector', async (text, hex) => {
    expect(await sha256Hex(text)).toBe(hex);
  });

  it.each(['关于开展冬季森林防火检查的通知', '来源：新华社\n𠮷野家 ①②③', 'ｆｕｌｌ－ｗｉｄｔｈ 全角'])(
    'hashes the UTF-8 bytes of %j as node:crypto does',
    async (text) => {
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );

  it('writes every byte as two lowercase hex digits', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 171, 255]).buffer)).toBe('00010f10abff');
  });
});
