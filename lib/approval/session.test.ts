import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFromHtml as parseHtml } from '../engine/html-tree';
import type { Finding } from '../engine/rule';
import { KeysDb, attach, attachments, createSigningKey, getSigner, ownTrustedKey, signAndAttach, signReview } from './keystore';
import type { ReviewRequest } from './messages';
import { reviewRequestFor } from './review';
import { createApprovalSession, type ApprovalDeps } from './session';
import { verifyApproval } from './token';
import type { TrustedKey } from './token';

const draft = (body: string) => parseHtml(body, { title: '关于某县发生山体滑坡的情况通报' });
const MAJOR = '<p>11月25日，某县发生山体滑坡，造成3人遇难。</p><p>搜救工作正在进行。</p>';

let n = 0;
let db: KeysDb;
/** Drafts the sessions handed to the review page. */
let opened: ReviewRequest[] = [];
beforeEach(() => {
  db = new KeysDb(`keys-test-${++n}`);
  opened = [];
});
const where = { pageKey: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=1', platform: 'wechat', ruleset: '0.1.0' };
afterEach(async () => {
  await db.delete();
});

/** Two profiles: a reviewer's (with a key) and an editor's (trusting it), each with its own database. */
function deps(profile: KeysDb, trusted: TrustedKey[], over: Partial<ApprovalDeps> = {}): ApprovalDeps {
  return {
    pageKey: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=1',
    platform: 'wechat',
    ruleset: '0.1.0',
    trusted: async () => trusted,
    strict: () => false,
    selfApproval: () => false,
    locale: () => 'zh',
    signer: () => getSigner(profile),
    list: async (pageKey, hash) => attachments(profile, pageKey, hash),
    attach: (a) => attach(profile, { ...a, createdAt: new Date().toISOString() }),
    openReview: async (req) => void opened.push(req),
    verify: verifyApproval,
    ...over,
  };
}

describe('approval session', () => {
  it('stores a non-extractable private key and signs with it', async () => {
    const me = await createSigningKey(db, { name: '李某', role: 'principal-leader' });
    const stored = await db.signingKeys.get('self');
    expect(stored!.privateKey.extractable).toBe(false);
    expect(me.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const r = await signAndAttach(db, { sha256: 'a'.repeat(64), tier: 'major', ruleset: '0.1.0', pageKey: 'p', text: 't' });
    expect(r.ok).toBe(true);
    expect(await attachments(db, 'p', 'b'.repeat(64))).toHaveLength(1);
  });

  // Art. 21 on a fresh install (no trusted key, nothing attached): the tier decides.
  it.each([
    ['an ordinary draft', 'general', false, null],
    ['an important draft (reminds)', 'important', false, 'warn'],
    ['a major draft (stops at 发表)', 'major', false, 'block'],
    ['an ordinary draft where policy makes every tier block', 'general', true, 'block'],
  ] as const)('asks for a sign-off on %s even where no keys are used', async (_name, tier, strict, severity) => {
    const s = createApprovalSession(deps(db, [], { strict: () => strict }));
    const { view, finding } = await s.evaluate(draft(MAJOR), tier);
    expect(view.inUse).toBe(false);
    expect(view.keysInUse).toBe(false);
    if (severity === null) expect(finding).toBeNull();
    else expect(finding).toMatchObject({ ruleId: 'approval-missing', category: 'approval', severity, basis: [{ article: 21 }] });
  });

  it('reviewer approves, editor pastes: valid; an edit makes it stale with the changed passage; a bad paste is refused', async () => {
    const reviewerDb = db;
    const editorDb = new KeysDb(`keys-test-editor-${n}`);
    try {
      const me = await createSigningKey(reviewerDb, { name: '李某', role: 'principal-leader' });
      const reviewer = createApprovalSession(deps(reviewerDb, []));
      const editor = createApprovalSession(deps(editorDb, [ownTrustedKey(me)]));
      const d = draft(MAJOR);

      const before = await editor.evaluate(d, 'major');
      expect(before.finding).toMatchObject({ ruleId: 'approval-missing', severity: 'block' });
      expect(before.view.line).toBe('尚未审核签发（重大敏感信息，由主办单位主要领导审定签发）');

      // The panel hands the draft to the review page; signing happens there (the background's signReview).
      await reviewer.openReview(d, 'major', []);
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatchObject({ pageKey: where.pageKey, requiredApproval: 'major', draft: { title: d.title, text: d.text } });
      const signed = await signReview(reviewerDb, opened[0], 'major', '');
      if (!signed.ok) throw new Error(signed.reason);
      // A browser does not vouch for its own drafts: on the reviewer's own profile the token is not trusted.
      const r1 = await reviewer.evaluate(d, 'major');
      expect(r1.view.entries).toMatchObject([
        { status: 'untrusted', name: '李某', title: 'principal-leader', tier: 'major', matches: true },
      ]);
      expect(r1.finding).toMatchObject({ severity: 'block' });
      expect(r1.view.self).toBe(false);

      await editor.paste('GPGA1.bogus', d, 'major');
      expect((await editor.evaluate(d, 'major')).view.notice).toEqual({ kind: 'error', text: '未附加：格式不正确，不是完整的审核签发码' });
      await editor.paste(signed.token, d, 'major');
      const after = await editor.evaluate(d, 'major');
      expect(after.finding).toBeNull();
      expect(after.view.status).toBe('valid');
      expect(after.view.line).toMatch(/^已审核 · 主要领导 李某 · \d\d-\d\d \d\d:\d\d$/);

      const edited = draft(MAJOR.replace('搜救工作正在进行。', '搜救工作已经结束。'));
      const stale = await editor.evaluate(edited, 'major');
      expect(stale.view.line).toBe('内容已修改，审核已失效');
      expect(stale.finding).toMatchObject({ ruleId: 'approval-stale', severity: 'block' });
      expect(stale.view.entries[0].changed).toEqual({ added: ['搜救工作已经结束。'], removed: ['搜救工作正在进行。'] });
    } finally {
      await editorDb.delete();
    }
  });

  it('asks the reviewer for an opinion on open findings, records it in the token, and refuses tiers above the title', async () => {
    const me = await createSigningKey(db, { name: '王某', role: 'deputy-leader' });
    const d = draft(MAJOR);
    const finding: Finding = {
      ruleId: 'no-unmasked-mobile',
      category: 'personal-data',
      severity: 'block',
      messageId: 'm',
      start: 0,
      end: 4,
      text: '1380',
      message: 'x',
      basis: [{ article: 24 }],
    };
    const request = reviewRequestFor(d, 'important', [finding], where);
    expect(await signReview(db, request, 'important', '  ')).toEqual({ ok: false, reason: 'reason-needed' });
    const ok = await signReview(db, request, 'important', '号码为单位值班电话，可公开');
    if (!ok.ok) throw new Error(ok.reason);
    const v = await createApprovalSession(deps(db, [ownTrustedKey(me)], { selfApproval: () => true })).evaluate(d, 'important');
    expect(v.view.entries[0].accepted).toEqual([{ ruleId: 'no-unmasked-mobile', text: '1380', reason: '号码为单位值班电话，可公开' }]);
    expect(await signReview(db, request, 'major', '意见')).toEqual({ ok: false, reason: 'not-entitled' });
  });

  it("never trusts this browser's own key for its own drafts unless policy allows it, and then says so", async () => {
    const me = await createSigningKey(db, { name: '李某', role: 'principal-leader' });
    const d = draft(MAJOR);
    const signed = await signReview(db, reviewRequestFor(d, 'major', [], where), 'major', '');
    if (!signed.ok) throw new Error(signed.reason);
    // Not even when a settings list names the own key as trusted.
    for (const trusted of [[], [ownTrustedKey(me)]]) {
      const off = await createApprovalSession(deps(db, trusted)).evaluate(d, 'major');
      expect(off.view.status).toBe('untrusted');
      expect(off.finding).toMatchObject({ severity: 'block' });
      expect(off.view.self).toBe(false);
    }
    const on = await createApprovalSession(deps(db, [], { selfApproval: () => true })).evaluate(d, 'major');
    expect(on.view.status).toBe('valid');
    expect(on.finding).toBeNull();
    expect(on.view.self).toBe(true);
  });

  it('hands the review page data only, bound to the same hash the editor page computes', async () => {
    const d = draft('<p>详见<a href="https://www.yn.gov.cn/">公告</a><img src="a.png" alt="图"></p><svg><text>图注</text></svg>');
    const req = reviewRequestFor(d, 'general', [], where);
    expect(JSON.parse(JSON.stringify(req))).toEqual(req);
    const { draftHash } = await import('../engine/canonical');
    expect(await draftHash(req.draft)).toBe(await draftHash(d));
  });

  it('warns for an ordinary draft without approval, blocks when every tier must block', async () => {
    const colleague = new KeysDb(`keys-test-colleague-${n}`);
    const me = await createSigningKey(colleague, { name: '李某', role: 'principal-leader' });
    await colleague.delete();
    const d = draft('<p>今日全市森林火险等级为三级。</p>');
    expect((await createApprovalSession(deps(db, [ownTrustedKey(me)])).evaluate(d, 'general')).finding).toMatchObject({ severity: 'warn' });
    expect(
      (await createApprovalSession(deps(db, [ownTrustedKey(me)], { strict: () => true })).evaluate(d, 'general')).finding,
    ).toMatchObject({ severity: 'block' });
  });
});
