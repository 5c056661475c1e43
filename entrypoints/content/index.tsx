import ReactDOM from 'react-dom/client';
import { browser, createShadowRootUi, defineContentScript } from '#imports';
import { GuardOverlay } from '@/components/GuardOverlay';
import { ImageAccessOffer } from '@/components/ImageAccessOffer';
import { ImageWait } from '@/components/ImageWait';
import { adapterForUrl } from '@/lib/adapters';
import { createApprovalSession } from '@/lib/approval/session';
import type { TrustedKey } from '@/lib/approval/token';
import { PLATFORM_MATCHES } from '@/lib/adapters/platforms';
import { tPage as t } from '@/lib/i18n/page';
import { handle, send } from '@/lib/messaging/guard';
import type { GuardStatus } from '@/lib/messaging/guard-protocol';
import { startGuard, type GuardActions, type GuardView } from '@/lib/page/controller';
import { installGate } from '@/lib/page/gate';
import { viewSummary } from '@/lib/page/view';
import { bridgePort, readWechatBody } from '@/lib/page/page-reader';
import { acceptOnlyTrustedInput } from '@/lib/page/trusted-input';
import { publishControlFinder } from '@/lib/page/publish-controls';
import { recordFailedMessage } from '@/lib/page/record-failed';
import { pageImages, type ImageProgress } from '@/lib/ocr/page-images';
import { successWatcher } from '@/lib/page/success';
import { warmUp } from '@/lib/page/warm-up';
import { RULESET_VERSION, rules } from '@/lib/rules';
import { overrideModeFor, resolveSettings, toCheckSettings, type EffectiveSettings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings/storage';
// Inlined into the bundle and handed to the shadow root: no stylesheet fetch before the guard can show.
import style from './style.css?inline';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  cssInjectionMode: 'manual',
  // The gate's capture listeners must be on the window before any page script adds its own.
  runAt: 'document_start',
  async main(ctx) {
    const adapter = adapterForUrl(location.href);
    const publishControls = publishControlFinder(document, adapter);
    const gate = installGate(window, ctx.signal, publishControls.fromPath);
    // The stored settings and the office's policy are read while the page loads (storage answers in
    // tens of milliseconds, a console page takes longer), so the first check runs with them rather
    // than with the defaults, and parsing them is not part of the wait for that check.
    let stored: EffectiveSettings | undefined;
    const firstRead = loadSettings().then((s) => (stored = s));
    // The rest starts when the page is parsed and idle, as a document_idle script would.
    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    await new Promise((r) => requestIdleCallback(r, { timeout: 200 }));
    const injected = performance.now();
    const platform = adapter?.id;
    // Checking starts at once: with the stored settings when they have arrived, else with the
    // defaults until they do; and again whenever they change.
    let effective: EffectiveSettings = stored ?? resolveSettings(undefined, undefined, rules);
    let { settings } = effective;
    let checkSettings = toCheckSettings(settings, rules);
    // The keys that approve, as the background works them out: asked once, and again after the settings
    // or the policy change (not once per check: a message to the background is a round trip).
    let trustedKeys: Promise<TrustedKey[]> | undefined;
    const applySettings = (next: EffectiveSettings) => {
      if (JSON.stringify(next) === JSON.stringify(effective)) return;
      effective = next;
      ({ settings } = effective);
      checkSettings = toCheckSettings(settings, rules);
      trustedKeys = undefined;
      // Also while the first check is still running: its result would be for the settings it started with.
      if (actions?.hasEditor()) actions.recheck();
    };
    let status: GuardStatus = {
      active: false,
      platform,
      status: 'ok',
      findings: 0,
      blocking: 0,
      requiredApproval: 'general',
      byCategory: {},
    };
    let root: ReactDOM.Root | undefined;
    // eslint-disable-next-line prefer-const -- read by callbacks that can run while startGuard is still starting; a const would be in its temporal dead zone then
    let actions: GuardActions | undefined;
    let lastView: GuardView | undefined;
    // The gate's wait for images still being read (正在检查图片 2/6); null when not waiting.
    let imageWait: ImageProgress | null = null;
    let lastSent: string | undefined;
    const warming = new AbortController();

    const ui = await createShadowRootUi(ctx, {
      name: 'govpost-guard',
      // Closed: the page gets no reference into the guard's UI (findings, reason box, buttons).
      mode: 'closed',
      css: style,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        root = ReactDOM.createRoot(container);
        return root;
      },
      onRemove: (r) => r?.unmount(),
    });
    const host = ui.shadowHost;
    acceptOnlyTrustedInput(ui.shadow, ctx.signal);

    const render = (view: GuardView) => {
      lastView = view;
      const summary = viewSummary(view);
      status = { active: view.active, platform, ...summary };
      host.dataset.status = summary.status;
      host.dataset.findings = String(summary.findings);
      host.dataset.active = String(view.active);
      host.dataset.guarded = String(view.guarded);
      // Scrolling re-renders (the panel follows the editor): tell the background only of a new status.
      const sent = JSON.stringify(status);
      if (sent !== lastSent) {
        lastSent = sent;
        send('statusChanged', status).catch(() => {
          /* the background may be restarting; the popup asks again */
          lastSent = undefined;
        });
      }
      // Shown over an editor, and whenever the gate has something to say (a record that failed
      // to save on a page whose editor could not be read, say).
      if (!view.active && !view.gate) {
        if (ui.mounted) ui.remove();
        return;
      }
      if (!ui.mounted) ui.mount();
      // Injection to first check shown, and when it was shown (npm run bench:browser reads both).
      if (host.dataset.readyMs === undefined) {
        host.dataset.readyMs = (performance.now() - injected).toFixed(1);
        host.dataset.readyAt = performance.now().toFixed(1);
        warming.abort();
      }
      const locale = settings.ui.locale;
      root?.render(
        <>
          <GuardOverlay
            view={view}
            actions={actions}
            locale={locale}
            isReviewer={settings.profile.role === 'reviewer'}
            onCopy={(text) => void navigator.clipboard?.writeText(text).catch(() => undefined)}
            panelExtra={
              <ImageAccessOffer
                hosts={images.accessNeeded()}
                locale={locale}
                onAllow={(host) => void send('imageAccessOpen', { host }).catch(() => undefined)}
              />
            }
          />
          <ImageWait progress={imageWait} locale={locale} onBack={() => actions?.cancelGate()} />
        </>,
      );
    };

    handle('getStatus', browser.runtime.id, () => status);

    // Signed approvals: the keys and attached tokens live in the background.
    const pageKey = `${location.origin}${location.pathname}${location.search}`;
    const approval = createApprovalSession({
      pageKey,
      platform,
      ruleset: RULESET_VERSION,
      // the background works the keys out from the same settings (the thumbprint code stays there)
      trusted: () =>
        (trustedKeys ??= send('approvalTrusted', undefined).catch((error: unknown) => {
          trustedKeys = undefined;
          throw error;
        })),
      strict: () => settings.approval.strict,
      selfApproval: () => effective.allowSelfApproval,
      locale: () => settings.ui.locale,
      signer: () => send('approvalSigner', undefined),
      list: (key, contentHash) => send('approvalList', { pageKey: key, contentHash }),
      attach: (a) => send('approvalAttach', a),
      // Signing happens in the extension's review page, never in this page.
      openReview: (req) => send('approvalReviewOpen', req),
      verify: (token, ctx) => send('approvalVerify', { token, ctx: { ...ctx, trusted: [...ctx.trusted] } }),
    });
    handle('approvalChanged', browser.runtime.id, () => actions?.recheck());
    // Images: read in the background (OCR in an offscreen document); here only bytes go out and findings come back.
    const images = pageImages({
      doc: document,
      signal: ctx.signal,
      read: (data) => send('ocrRead', data),
      changed: () => actions?.recheck(),
      uncheckedMessage: (list, seconds) =>
        t('ocr.unchecked', { list: list.join(t('list.separator', undefined, settings.ui.locale)), seconds }, settings.ui.locale),
      failedMessage: (n, reason) => t('ocr.failed', { n, reason }, settings.ui.locale),
    });
    // Access to an image server was granted (the extension's own page): read the images that failed again.
    handle('imageAccessChanged', browser.runtime.id, () => {
      images.retryFailed();
      actions?.recheck();
    });
    const watchSuccess = successWatcher(window, ctx.signal, adapter);
    actions = startGuard({
      doc: document,
      signal: ctx.signal,
      rules,
      adapter,
      platform,
      publishControls,
      gate,
      settings: () => checkSettings,
      canOverride: (blocking) => blocking.every((f) => overrideModeFor(settings, f.category) === 'reason'),
      render,
      record: async (input) => {
        const { id } = await send('recordPublication', input);
        // Outcome 'confirmed' when the platform shows success in this page.
        watchSuccess(() => void send('confirmPublication', { id }).catch(() => undefined));
      },
      recordFailedMessage: (error) => recordFailedMessage(error, settings.ui.locale),
      approval,
      // WeChat's editor JS API, through the MAIN-world bridge's private channel (entrypoints/wechat-*.content.ts).
      pageBody: platform === 'wechat' ? () => readWechatBody(bridgePort(), ctx.signal, 1000) : undefined,
      unreadable: () => ({
        ruleId: 'draft-unreadable',
        category: 'approval',
        severity: 'block',
        messageId: 'unreadable',
        start: 0,
        end: 0,
        text: t('reader.unreadable.text', undefined, settings.ui.locale),
        message: t('reader.unreadable.message', undefined, settings.ui.locale),
        basis: [{ article: 21 }],
      }),
      images: {
        findings: (draft) => images.findings(draft),
        settle: (draft, cancel) =>
          images.settle(
            draft,
            (progress) => {
              imageWait = progress;
              if (lastView) render(lastView);
            },
            cancel,
          ),
      },
    });

    // No editor yet (the console's app is still loading the draft): the engine warms up in idle
    // time until the first check is shown, so that check runs warm (lib/page/warm-up.ts).
    if (!actions.hasEditor()) void warmUp(rules, AbortSignal.any([ctx.signal, warming.signal]));

    // Settings that arrived after the first check started replace the defaults it started with.
    void firstRead.then(applySettings, () => undefined);
    watchSettings(ctx.signal, () => void loadSettings().then(applySettings));
  },
});
