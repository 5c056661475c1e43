import { describe, expect, it } from 'vitest';
import type { ApprovalEntry, ApprovalView } from '../approval/session';
import type { Finding } from '../engine/rule';
import { LIMITS } from '../log/limits';
import { publicationInputSchema } from '../log/record';
import { publicationInput, recordApproval, recordText, type DeclaredSignOff, type RecordInputs } from './record';

const HASH = 'a'.repeat(64);

function approvalView(over: Partial<ApprovalView> = {}): ApprovalView {
  return {
    inUse: true,
    keysInUse: true,
    needed: true,
    requiredApproval: 'major',
    status: 'missing',
    line: '',
    entries: [],
    signer: null,
    self: false,
    notice: null,
    ...over,
  };
}

const entry = (over: Partial<ApprovalEntry> = {}): ApprovalEntry => ({
  token: 'tok.en.sig',
  status: 'valid',
  line: '',
  tier: 'major',
  name: '李某',
  title: 'principal-leader',
  issuedAt: 1,
  matches: true,
  accepted: [],
  ...over,
});

const declared: DeclaredSignOff = { name: '王某', title: 'deputy-leader', at: '2026-12-06T08:00:00.000Z' };

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'no-id-number',
  category: 'personal-data',
  severity: 'block',
  messageId: 'm',
  start: 0,
  end: 0,
  text: '',
  message: '',
  basis: [{ article: 24 }],
  ...over,
});

const inputs = (over: Partial<RecordInputs> = {}): RecordInputs => ({
  platform: 'wechat',
  url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=1',
  draft: { title: '通知', text: '通知\n今日起开放。' },
  contentHash: HASH,
  requiredApproval: 'general',
  checked: [],
  overrides: [],
  pageText: null,
  approval: null,
  declared: null,
  ...over,
});

describe('the sign-off in the publication record', () => {
  it('is absent without an approval session', () => {
    expect(recordApproval(null, 'major', declared)).toBeNull();
  });

  it('keeps a verified signature with its token, tier and reviewer (title in Chinese, then name)', () => {
    const view = approvalView({ status: 'valid', entries: [entry({ status: 'stale', token: 'old' }), entry()] });
    expect(recordApproval(view, 'major', null)).toEqual({
      token: 'tok.en.sig',
      status: 'valid',
      tier: 'major',
      reviewer: '主要领导 李某',
      coverage: 'verified',
    });
  });

  it("says so when the signature that counts is this browser's own (policy allows it)", () => {
    const view = approvalView({ status: 'valid', self: true, entries: [entry()] });
    expect(recordApproval(view, 'major', null)?.coverage).toBe('self');
  });

  it('keeps a declared sign-off as declared, for the tier the draft needed', () => {
    expect(recordApproval(approvalView({ keysInUse: false }), 'major', declared)).toEqual({
      token: null,
      status: 'missing',
      tier: 'major',
      reviewer: '分管领导 王某',
      coverage: 'declared',
      declaredName: '王某',
      declaredRole: 'deputy-leader',
      declaredAt: declared.at,
    });
  });

  it('prefers a valid signature to a declared sign-off', () => {
    const view = approvalView({ status: 'valid', entries: [entry()] });
    expect(recordApproval(view, 'major', declared)?.coverage).toBe('verified');
  });

  it('records a missing sign-off that was needed as none, and nothing where none was asked for', () => {
    expect(recordApproval(approvalView({ status: 'missing' }), 'important', null)).toEqual({
      token: null,
      status: 'missing',
      tier: null,
      reviewer: null,
      coverage: 'none',
    });
    expect(recordApproval(approvalView({ inUse: false, keysInUse: false, needed: false }), 'general', null)).toBeNull();
  });

  it('fits a long reviewer name into the record', () => {
    const view = approvalView({ status: 'valid', entries: [entry({ name: '李'.repeat(200) })] });
    const approval = recordApproval(view, 'major', null);
    expect(approval?.reviewer).toHaveLength(100);
    expect(publicationInputSchema.safeParse(publicationInput(inputs({ approval: view }))).success).toBe(true);
  });
});

describe('the text the record keeps', () => {
  it("is the page's whole body where it holds every line the editor shows", () => {
    expect(recordText('标题\n第一段', '标题\n第一段\n未渲染的第二段')).toBe('标题\n第一段\n未渲染的第二段');
  });

  it('is what the editor shows where the page body is missing, empty or partial', () => {
    expect(recordText('标题\n第一段', null)).toBe('标题\n第一段');
    expect(recordText('标题\n第一段', '')).toBe('标题\n第一段');
    expect(recordText('标题\n第一段\n第二段', '标题\n第一段')).toBe('标题\n第一段\n第二段');
  });
});

describe('the publication record input', () => {
  it('holds the draft, the findings in brief, the overrides, the origin and the sign-off', () => {
    const checked = [
      finding({ text: '530102199001011234', start: 3, end: 21 }),
      finding({ ruleId: 'approval-missing', category: 'approval', severity: 'warn' }),
    ];
    const overrides = [{ ruleIds: ['no-id-number'], reason: '经本人同意公开，已备案。' }];
    const view = approvalView({ status: 'valid', entries: [entry()] });
    const input = publicationInput(inputs({ checked, overrides, requiredApproval: 'major', approval: view }));
    expect(input).toEqual({
      platform: 'wechat',
      url: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=1',
      title: '通知',
      contentHash: HASH,
      requiredApproval: 'major',
      findings: [
        { ruleId: 'no-id-number', category: 'personal-data', severity: 'block' },
        { ruleId: 'approval-missing', category: 'approval', severity: 'warn' },
      ],
      overrides,
      text: '通知\n今日起开放。',
      origin: 'original',
      source: null,
      approval: { token: 'tok.en.sig', status: 'valid', tier: 'major', reviewer: '主要领导 李某', coverage: 'verified' },
    });
    expect(publicationInputSchema.safeParse(input).success).toBe(true);
  });

  it('names a repost and its source', () => {
    const input = publicationInput(inputs({ draft: { title: '通知', text: '通知\n来源：新华社\n今日起开放。' } }));
    expect(input).toMatchObject({ origin: 'repost', source: '新华社' });
  });

  it('marks a publication with no draft read as unread: no title, no text, no sign-off', () => {
    const input = publicationInput(
      inputs({ draft: null, platform: undefined, approval: approvalView({ status: 'valid', entries: [entry()] }), declared }),
    );
    expect(input).toMatchObject({ platform: 'generic', title: '', origin: 'unread', approval: null });
    expect(input).not.toHaveProperty('text');
  });

  it('fits an outsized draft to the record limits instead of refusing it', () => {
    const title = '长'.repeat(LIMITS.title + 10);
    const input = publicationInput(inputs({ draft: { title, text: title } }));
    expect(input.title).toHaveLength(LIMITS.title);
    expect(publicationInputSchema.safeParse(input).success).toBe(true);
  });
});
