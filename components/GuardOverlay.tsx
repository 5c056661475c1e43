import type { ReactNode } from 'react';
import type { Locale } from '../lib/i18n/messages';
import { pageTranslator } from '../lib/i18n/page';
import type { GuardActions, GuardView } from '../lib/page/controller';
import { DeclaredSignOff } from './DeclaredSignOff';
import { GateDialog } from './GateDialog';
import { GuardBadge } from './GuardBadge';

export interface GuardOverlayProps {
  view: GuardView;
  /** The guard's actions; undefined until the guard has started. */
  actions?: GuardActions;
  locale?: Locale;
  isReviewer?: boolean;
  onCopy?(text: string): void;
  /** More for the panel, after the guard's own notices (the image-access offer). */
  panelExtra?: ReactNode;
}

/**
 * What the guard shows over an editor — the badge with its panel, and the gate dialog while a
 * publish attempt waits — on the platforms and on the practice page alike.
 */
export function GuardOverlay({ view, actions, locale, isReviewer, onCopy, panelExtra }: GuardOverlayProps) {
  const tr = pageTranslator(locale ?? 'zh');
  return (
    <>
      <GuardBadge
        findings={view.findings}
        requiredApproval={view.requiredApproval}
        locale={locale}
        onReveal={(f) => actions?.reveal(f)}
        onApply={(f, i) => actions?.apply(f, i)}
        onMaskAll={() => actions?.maskAll()}
        approval={view.approval}
        isReviewer={isReviewer}
        onPasteToken={(token) => void actions?.pasteToken(token)}
        onReview={() => void actions?.review()}
        onCopy={onCopy}
        editorPlace={view.editorPlace}
      >
        {view.active && !view.guarded && (
          <p className="gpg-notice gpg-unguarded" role="status">
            {tr('guard.unguarded')}
          </p>
        )}
        {view.editUnverified && (
          <p className="gpg-notice gpg-edit-unverified" role="alert">
            {tr('edit.unverified')}
          </p>
        )}
        {panelExtra}
      </GuardBadge>
      {view.gate && (
        <GateDialog
          findings={view.gate.findings}
          canOverride={view.gate.canOverride}
          error={view.gate.error}
          locale={locale}
          onCancel={() => actions?.cancelGate()}
          onOverride={(reason) => actions?.override(reason)}
          onMaskAndBack={() => void actions?.maskAndBack()}
        >
          {view.gate.declare ? (
            <DeclaredSignOff tier={view.gate.declare} locale={locale} onDeclare={(d) => void actions?.declareSignOff(d)} />
          ) : null}
        </GateDialog>
      )}
    </>
  );
}
