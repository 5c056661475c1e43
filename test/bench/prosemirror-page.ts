/**
 * The benchmark page's editor: real ProseMirror holding a 10,000-character draft, and the
 * latency probe — beforeinput (captured on window before anyone else; Chinese text arrives as
 * insertText with no keydown) to the end of all work the input caused, measured from a macrotask
 * queued after the input event.
 */
import { history } from 'prosemirror-history';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

declare const __INITIAL__: string[];

const win = window as unknown as { __latencies: number[]; __lastKey: number };
win.__latencies = [];
let pending: number | null = null;
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  if (pending !== null) win.__latencies.push(performance.now() - pending);
  pending = null;
};
window.addEventListener(
  'beforeinput',
  () => {
    pending = performance.now();
    win.__lastKey = pending;
  },
  true,
);
document.addEventListener('input', () => channel.port2.postMessage(null));

const doc = schema.node(
  'doc',
  null,
  __INITIAL__.map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : [])),
);
new EditorView(document.getElementById('slot'), { state: EditorState.create({ doc, plugins: [history()] }) });
// When the editor mounted (browser.bench.ts times the guard's first check from here on a late page).
document.documentElement.dataset.mountedAt = String(performance.now());
