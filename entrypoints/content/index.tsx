import ReactDOM from 'react-dom/client';
import { browser, createShadowRootUi, defineContentScript } from '#imports';
import { GuardBadge, type GuardBadgeProps } from '@/components/GuardBadge';
import { PLATFORM_MATCHES, platformForUrl } from '@/lib/adapters/platforms';
import { watchEditor } from '@/lib/adapters/watch';
import { checkDraft } from '@/lib/engine/runner';
import { summarize } from '@/lib/engine/status';
import { handle, send } from '@/lib/messaging';
import type { GuardStatus } from '@/lib/messaging/protocol';
import { rules } from '@/lib/rules';
import './style.css';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const platform = platformForUrl(location.href)?.id;
    let current: GuardStatus = { active: false, platform, status: 'ok', findings: 0, blocking: 0, requiredApproval: 'general', byCategory: {} };
    let props: GuardBadgeProps = { status: 'ok', findings: [], requiredApproval: 'general' };
    let root: ReactDOM.Root | undefined;

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

    watchEditor(document, ctx.signal, {
      platform,
      onDraft(snapshot) {
        if (!snapshot) {
          if (ui.mounted) ui.remove();
          publish({ ...current, active: false, status: 'ok', findings: 0, blocking: 0, byCategory: {} });
          return;
        }
        const { findings, requiredApproval } = checkDraft(snapshot.draft, rules);
        props = { status: summarize(findings, requiredApproval).status, findings, requiredApproval };
        if (!ui.mounted) ui.mount();
        root?.render(<GuardBadge {...props} />);
        publish({ active: true, platform, ...summarize(findings, requiredApproval) });
      },
    });
  },
});
