import { describe, expect, it } from 'vitest';
import { nodeDigester } from '../cli/node-digest';
import { digestAll } from './digest';

// Known vectors (FIPS 180-2 "abc", the empty string) and texts the chain really hashes: Chinese,
// emoji (surrogate pairs), a lone surrogate (both encoders write U+FFFD), more than one batch.
const TEXTS = [
  'abc',
  '',
  '关于开展冬季森林防火检查的通知',
  '\ud83d\ude00 表情',
  'lone \ud800 surrogate',
  ...Array.from({ length: 600 }, (_, i) => `{"seq":${i}}`),
];

describe('chain digests', () => {
  it('WebCrypto gives the known SHA-256 vectors, in order, across batches', async () => {
    const hex = await digestAll(TEXTS);
    expect(hex[0]).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex[1]).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(new Set(hex).size).toBe(TEXTS.length);
  });

  it('node:crypto (the CLI) hashes every text to the same digest as WebCrypto (the extension)', async () => {
    expect(await nodeDigester(TEXTS)).toEqual(await digestAll(TEXTS));
  });
});
