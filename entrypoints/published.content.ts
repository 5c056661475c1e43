import { defineContentScript } from '#imports';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { SUCCESS_PAGES } from '@/lib/adapters';
import type { ProtocolMap } from '@/lib/messaging/protocol';

// The pages platforms go to after a successful publish. A page load there is reported to
// the background, which confirms the record released in this tab if the URL is that platform's
// success page. Raw messaging, not lib/messaging's `send`: the schemas would bring zod into a
// script that runs on every visit to these pages, and the background validates anyway.
export default defineContentScript({
  matches: SUCCESS_PAGES,
  runAt: 'document_idle',
  main() {
    defineExtensionMessaging<ProtocolMap>()
      .sendMessage('successPageLoaded', undefined)
      .catch(() => {
        /* extension reloading: the record stays 'attempted' */
      });
  },
});
