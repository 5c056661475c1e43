/**
 * How much of a draft a publication record keeps (Art. 31, 33: records for inspection): the whole
 * text, an excerpt, or only its hash. The log owns the modes; settings choose one of them.
 */
export const SNAPSHOT_MODES = ['full', 'excerpt', 'hash'] as const;
export type SnapshotMode = (typeof SNAPSHOT_MODES)[number];
