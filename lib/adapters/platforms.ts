/**
 * The platform consoles the guard runs on. The data now lives in the per-platform adapters
 * (lib/adapters/<id>.ts); this module keeps the names the content script and the options
 * page import.
 */
import type { Adapter } from './adapter';
import { platformAdapters } from './index';

export type Platform = Pick<Adapter, 'id' | 'name' | 'matches'>;

export const PLATFORMS: readonly Platform[] = platformAdapters;

export { PLATFORM_MATCHES, platformForUrl } from './index';
