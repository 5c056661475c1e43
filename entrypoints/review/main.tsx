import { useEffect, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from '#imports';
import { ReviewView, type ReviewViewProps } from '@/components/ReviewView';
import { qrPath } from '@/lib/approval/qr';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging';
import { loadSettings } from '@/lib/settings/storage';
import type { Locale } from '@/lib/i18n/messages';

const reviewId = location.hash.slice(1);

function ReviewPage() {
  const [locale, setLocale] = useState<Locale>('zh');
  const [review, setReview] = useState<ReviewViewProps['review']>(undefined);
  const [issued, setIssued] = useState<ReviewViewProps['issued']>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadSettings().then(
      (s) => setLocale(s.settings.ui.locale),
      () => undefined,
    );
    void send('approvalReviewGet', { reviewId }).then(setReview, () => setReview(null));
  }, []);
  useEffect(() => {
    document.title = t('review.title', undefined, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  return (
    <ReviewView
      review={review}
      locale={locale}
      busy={busy}
      issued={issued}
      error={error}
      onSign={(tier, reason) => {
        setBusy(true);
        setError(null);
        void send('approvalSign', { reviewId, tier, reason })
          .then((reply) => {
            if (reply.ok) setIssued({ token: reply.token, qr: qrPath(reply.token) });
            else setError(t('approval.panel.signFailed', { reason: t(`approval.sign.${reply.reason}`, undefined, locale) }, locale));
          })
          .catch(() => setError(t('approval.panel.signFailed', { reason: t('approval.sign.failed', undefined, locale) }, locale)))
          .finally(() => setBusy(false));
      }}
      onCopy={(token) => void navigator.clipboard?.writeText(token).catch(() => undefined)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

ReactDOM.createRoot(document.getElementById('root')!).render(<ReviewPage />);
