/**
 * The extension's IndexedDB database `govpost-guard`, opened only in the background (STYLE §8:
 * IndexedDB opened from a content script would belong to the website).
 */
import Dexie, { type EntityTable } from 'dexie';
import { publicationInputSchema, publicationRecordSchema, type PublicationInput, type PublicationRecord } from './record';

export class GuardDb extends Dexie {
  publications!: EntityTable<PublicationRecord, 'id'>;
  constructor(name = 'govpost-guard') {
    super(name);
    this.version(1).stores({ publications: 'id, time, platform' });
  }
}

/** Validates and commits one record; resolves once IndexedDB has it. */
export async function recordPublication(db: GuardDb, input: PublicationInput, now = new Date()): Promise<PublicationRecord> {
  const record = publicationRecordSchema.parse({
    ...publicationInputSchema.parse(input),
    id: crypto.randomUUID(),
    time: now.toISOString(),
    outcome: 'attempted',
  });
  await db.publications.add(record);
  return record;
}
