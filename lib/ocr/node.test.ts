import { describe, expect, it } from 'vitest';
import { decodeImage } from './node';

describe('decodeImage', () => {
  it('says which formats the command line reads when given a GIF or BMP', async () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]);
    await expect(decodeImage(gif)).rejects.toThrow('GIF images are not read on the command line (PNG, JPEG and WebP are)');
    const bmp = new Uint8Array([0x42, 0x4d, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(decodeImage(bmp)).rejects.toThrow('BMP images are not read on the command line');
  });

  it('names the formats it reads when the bytes are no image at all', async () => {
    await expect(decodeImage(new TextEncoder().encode('not an image'))).rejects.toThrow('not a PNG, JPEG or WebP image');
  });
});
