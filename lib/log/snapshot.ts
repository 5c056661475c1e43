/**
 * How much of a draft a publication record keeps (Art. 31, 33: records for inspection): the whole
 * text, an excerpt, or only its hash; personal data is masked in what is kept (Art. 24, 40).
 * 'unmasked' keeps personal data in the stored text: only an organisation's policy may ask for it.
 * The log owns the modes; settings choose one of them.
 */
export const SNAPSHOT_MODES = ['full', 'excerpt', 'hash', 'unmasked'] as const;
/** The modes a user may choose for themselves. */
export const LOCAL_SNAPSHOT_MODES = ['full', 'excerpt', 'hash'] as const;
export type SnapshotMode = (typeof SNAPSHOT_MODES)[number];
