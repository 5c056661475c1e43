/**
 * The isolated end of the WeChat bridge's private channel (./wechat-bridge.ts), taken at
 * document_start by entrypoints/wechat-port.content.ts and read by the guard's content script,
 * which shares the isolated world. Kept apart from ./page-reader.ts so the document_start script
 * carries no validation library.
 */
import { BRIDGE_ASK, BRIDGE_OFFER } from './wechat-bridge';

/** What the reader needs of the channel's end (a MessagePort; a fake one in unit tests). */
export type BridgePort = Pick<MessagePort, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'start'>;

/** Where the isolated world keeps the port between its document_start script and the guard (the page cannot see it). */
const HOLDER = Symbol.for('govpost-guard.bridge-port');
type Holder = { [HOLDER]?: BridgePort };

/**
 * Takes the bridge's port at document_start. Whichever of the two scripts runs first, the offer
 * is made while the document holds no script of the page's own: an offer made later (a page
 * script pretending to be the bridge) is never taken.
 */
export function takeBridgePort(
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'> & { scripts: { length: number } },
  holder: object = globalThis,
): void {
  const h = holder as Holder;
  const onOffer = (e: Event) => {
    const port = (e as MessageEvent).ports?.[0];
    if (h[HOLDER] || !port || doc.scripts.length > 0) return;
    e.preventDefault();
    h[HOLDER] = port;
    doc.removeEventListener(BRIDGE_OFFER, onOffer);
  };
  if (doc.scripts.length > 0) return;
  doc.addEventListener(BRIDGE_OFFER, onOffer);
  doc.dispatchEvent(new Event(BRIDGE_ASK));
}

/** The port taken at document_start, if any. */
export const bridgePort = (holder: object = globalThis): BridgePort | null => (holder as Holder)[HOLDER] ?? null;
