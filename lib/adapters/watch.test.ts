import { describe, expect, it } from 'vitest';
import type { EditorField } from './find-editor';
import { mutationNeeds } from './watch';

/** A node tree of names: `contains` follows parents, as the DOM's does (a node contains itself). */
function tree(parents: Record<string, string | null>) {
  const nodes = new Map<string, Node>();
  for (const name of Object.keys(parents)) {
    nodes.set(name, {
      contains(other: Node | null) {
        for (let n = (other as unknown as { name?: string } | null)?.name; n; n = parents[n] ?? undefined) if (n === name) return true;
        return false;
      },
      name,
    } as unknown as Node);
  }
  return (name: string) => nodes.get(name)!;
}

const node = tree({ body: null, gallery: 'body', editor: 'body', p: 'editor', text: 'p' });
const known: EditorField = { kind: 'rich', element: node('editor') as HTMLElement, selector: '.ProseMirror[contenteditable="true"]' };
const guessed: EditorField = { kind: 'rich', element: node('editor') as HTMLElement };
const batch = (...targets: string[]) => targets.map((t) => ({ target: node(t) }));

describe('mutationNeeds', () => {
  it('checks but does not rescan when every mutation lies inside the platform editor (typing, a paste)', () => {
    expect(mutationNeeds(batch('text', 'p', 'editor'), known)).toEqual({ check: true, rescan: false });
  });

  it('rescans when one mutation lies outside the editor (a gallery image, the editor itself added or removed)', () => {
    expect(mutationNeeds(batch('text', 'gallery'), known)).toEqual({ check: true, rescan: true });
    expect(mutationNeeds(batch('body'), known)).toEqual({ check: false, rescan: true });
  });

  it('rescans on every batch while the editor is a generic guess (the platform editor may mount inside it)', () => {
    expect(mutationNeeds(batch('text'), guessed)).toEqual({ check: true, rescan: true });
  });

  it('rescans, and checks nothing, while no editor has been found', () => {
    expect(mutationNeeds(batch('text'), null)).toEqual({ check: false, rescan: true });
  });
});
