import ReactDOM from 'react-dom/client';
import { browser, createShadowRootUi, defineContentScript } from '#imports';
import { GuardBadge, type GuardBadgeProps } from '@/components/GuardBadge';
import { PLATFORM_MATCHES, platformForUrl } from '@/lib/adapters/platforms';
import { watchEditor, type EditorSnapshot } from '@/lib/adapters/watch';
import { checkDraft } from '@/lib/engine/runner';
import { summarize } from '@/lib/engine/status';
import { handle, send } from '@/lib/messaging';
import type { GuardStatus } from '@/lib/messaging/protocol';
import { rules } from '@/lib/rules';
import { toCheckSettings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings/storage';
import './style.css';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const platform = platformForUrl(location.href)?.id;
    let current: GuardStatus = { active: false, platform, status: 'ok', findings: 0, blocking: 0, requiredApproval: 'general', byCategory: {} };
    let props: GuardBadgeProps = { status: 'ok', findings: [], requiredApproval: 'general' };
    let root: ReactDOM.Root | undefined;
    // Settings (local merged with the office's policy) apply to open editors at once: re-check on change.
    let { settings } = await loadSettings();
    let checkSettings = toCheckSettings(settings, rules);
    let last: EditorSnapshot | null = null;

    const ui = await createShadowRootUi(ctx, {
      name: 'govpost-guard',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        root = ReactDOM.createRoot(container);
        root.render(<GuardBadge {...props} />);
        return root;
      },
      onRemove: (r) => r?.unmount(),
    });
    const host = ui.shadowHost;

    const publish = (next: GuardStatus) => {
      current = next;
      host.dataset.status = next.status;
      host.dataset.findings = String(next.findings);
      host.dataset.active = String(next.active);
      send('statusChanged', next).catch(() => {
        /* the background may be restarting; the popup asks again */
      });
    };

    handle('getStatus', browser.runtime.id, () => current);

    const watcher = {
      platform,
      onDraft(snapshot: EditorSnapshot | null) {
        last = snapshot;
        if (!snapshot) {
          if (ui.mounted) ui.remove();
          publish({ ...current, active: false, status: 'ok', findings: 0, blocking: 0, byCategory: {} });
          return;
        }
        const { findings, requiredApproval } = checkDraft(snapshot.draft, rules, checkSettings);
        props = { status: summarize(findings, requiredApproval).status, findings, requiredApproval, locale: settings.ui.locale };
        if (!ui.mounted) ui.mount();
        root?.render(<GuardBadge {...props} />);
        publish({ active: true, platform, ...summarize(findings, requiredApproval) });
      },
    };
    watchEditor(document, ctx.signal, watcher);
    watchSettings(ctx.signal, async () => {
      ({ settings } = await loadSettings());
      checkSettings = toCheckSettings(settings, rules);
      if (last) watcher.onDraft(last);
    });
  },
});
