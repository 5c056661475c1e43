import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { LogDb } from './db';
import { PublicationLog } from './publication-log';
import { maskedForPeople, maskPersonalData } from './mask';
import type { PublicationInput, PublicationRecord } from './record';
import { toCsv, toJsonl } from './transfer';

const ID = '530102199003071234';
const MOBILE = '13987654321';

describe('maskPersonalData', () => {
  // [text, masked text, the masked spans as [ruleId, text in the masked output]]
  const invalid: [string, string, [string, string][]][] = [
    [`电话是${MOBILE}`, '电话是139****4321', [['no-unmasked-mobile', '139****4321']]],
    [`身份证号${ID}，请核实`, '身份证号5301**********1234，请核实', [['no-unmasked-id-number', '5301**********1234']]],
    ['患者王建国已出院', '患者王某某已出院', [['no-personal-name', '王某某']]],
    [
      `举报人李四，电话${MOBILE}`,
      '举报人李某，电话139****4321',
      [
        ['no-personal-name', '李某'],
        ['no-unmasked-mobile', '139****4321'],
      ],
    ],
    ['卡号6222021234567890128', '卡号***************0128', [['no-unmasked-bank-card', '***************0128']]],
    [`第一段\n\n电话${MOBILE}`, '第一段\n\n电话139****4321', [['no-unmasked-mobile', '139****4321']]],
  ];
  it.each(invalid)('masks %s', (text, expected, spans) => {
    const m = maskPersonalData(text);
    expect(m.text).toBe(expected);
    expect(m.text).not.toContain(MOBILE);
    expect(m.masks.map((k) => [k.ruleId, m.text.slice(k.start, k.end)])).toEqual(spans);
  });

  const valid = ['今天天气晴好', '值班电话0871-12345', '张某，电话139****4321', '', '市政务服务便民热线12345'];
  it.each(valid)('leaves %s as it is', (text) => {
    expect(maskPersonalData(text)).toEqual({ text, masks: [] });
  });
});

const input: PublicationInput = {
  platform: 'wechat',
  url: 'https://mp.weixin.qq.com/cgi-bin/appmsg',
  title: `寻找失主${MOBILE}`,
  contentHash: 'e'.repeat(64),
  requiredApproval: 'general',
  findings: [{ ruleId: 'no-unmasked-mobile', category: 'personal-data', severity: 'block' }],
  overrides: [{ ruleIds: ['no-unmasked-mobile'], reason: '失主同意公开联系方式，已核实' }],
  text: `寻找失主\n拾到身份证一张，号码${ID}，失主电话${MOBILE}。`,
};

const dbs: LogDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function publicationLog() {
  const db = new LogDb(`test-mask-${dbs.length}-${Date.now()}`);
  dbs.push(db);
  return new PublicationLog(db, () => new Date('2026-12-03T02:00:00Z'));
}

describe('what the log stores and exports', () => {
  it.each(['full', 'excerpt'] as const)('mode %s: the record keeps the text masked, the kind and the position', async (mode) => {
    const l = await publicationLog();
    const r = await l.append(input, { snapshotMode: mode });
    expect(r.snapshot.text).not.toContain(ID);
    expect(r.snapshot.text).not.toContain(MOBILE);
    expect(r.title).toBe('寻找失主139****4321');
    expect(r.snapshot.masks?.map((m) => [m.ruleId, r.snapshot.text!.slice(m.start, m.end)])).toEqual([
      ['no-unmasked-id-number', '5301**********1234'],
      ['no-unmasked-mobile', '139****4321'],
    ]);
    const { records } = await l.exportChunk(null, 10);
    const csv = toCsv(records);
    const jsonl = toJsonl(records);
    for (const out of [csv, jsonl]) {
      expect(out).not.toContain(ID);
      expect(out).not.toContain(MOBILE);
    }
    const row = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data[1];
    expect(row[17]).toContain('失主电话139****4321');
  });

  it('keeps full text only in the mode a policy sets', async () => {
    const r = await (await publicationLog()).append(input, { snapshotMode: 'unmasked' });
    expect(r.snapshot).toEqual({ mode: 'unmasked', text: input.text });
    expect(r.title).toBe(input.title);
    expect(toCsv([r])).toContain(ID);
  });

  it('masks records written before masking on the way out (CSV, detail)', () => {
    const legacy = { title: input.title, snapshot: { mode: 'full', text: input.text! } } as Pick<PublicationRecord, 'title' | 'snapshot'>;
    const shown = maskedForPeople(legacy);
    expect(shown.title).toBe('寻找失主139****4321');
    expect(shown.text).toContain(`5301**********1234`);
    expect(shown.text).not.toContain(MOBILE);
  });
});
