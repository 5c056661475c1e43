/** Bundles the fixture pages' editor scripts (real ProseMirror, Tiptap, Draft.js) before any e2e file runs. */
import { buildFixtures } from '../fixtures/platforms/build';

export default async function setup(): Promise<void> {
  await buildFixtures();
}
