/**
 * The practice page's editor: a real ProseMirror editor (as on several platforms), so the guard
 * meets a framework that owns its DOM — highlights through the CSS Custom Highlight API and
 * suggestions through insertText, exactly as on a platform. Its schema is the basic one plus
 * figures with captions, which the map samples need. Runs in the browser (extension page).
 */
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser as PMDOMParser, Schema } from 'prosemirror-model';
import { schema as basic } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

export const practiceSchema = new Schema({
  nodes: basic.spec.nodes
    .addBefore('image', 'figure', {
      group: 'block',
      content: 'figure_image figcaption',
      parseDOM: [{ tag: 'figure' }],
      toDOM: () => ['figure', 0],
    })
    .addBefore('image', 'figure_image', {
      atom: true,
      attrs: { src: { default: '' }, alt: { default: '' }, title: { default: '' } },
      parseDOM: [
        {
          tag: 'img',
          context: 'figure/',
          getAttrs: (el) => ({
            src: el.getAttribute('src') ?? '',
            alt: el.getAttribute('alt') ?? '',
            title: el.getAttribute('title') ?? '',
          }),
        },
      ],
      toDOM: (node) => {
        // The attributes are the strings getAttrs above produced.
        const { src, alt, title } = node.attrs as { src: string; alt: string; title: string };
        return ['img', { src, alt, title: title || null }];
      },
    })
    .addBefore('image', 'figcaption', {
      content: 'inline*',
      parseDOM: [{ tag: 'figcaption' }],
      toDOM: () => ['figcaption', 0],
    }),
  marks: basic.spec.marks,
});

export interface PracticeEditor {
  /** Replaces the document with this HTML, as one undoable step. */
  load(html: string): void;
  setEditable(editable: boolean): void;
  /** The editing host the guard watches. */
  readonly dom: HTMLElement;
  destroy(): void;
}

export function createPracticeEditor(mount: HTMLElement, options: { label: string }): PracticeEditor {
  let editable = true;
  const parse = (html: string) => {
    const holder = mount.ownerDocument.createElement('div');
    // Only the library's own sample HTML comes here (a link names a sample id, never markup).
    holder.innerHTML = html;
    return PMDOMParser.fromSchema(practiceSchema).parse(holder, { preserveWhitespace: true });
  };
  const view = new EditorView(mount, {
    state: EditorState.create({
      doc: parse('<p></p>'),
      plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
    }),
    editable: () => editable,
    attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': options.label, spellcheck: 'false' },
  });
  return {
    load(html) {
      const doc = parse(html);
      view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content));
    },
    setEditable(next) {
      editable = next;
      view.setProps({});
    },
    get dom() {
      return view.dom;
    },
    destroy() {
      view.destroy();
    },
  };
}
