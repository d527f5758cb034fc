/**
 * The popup's and library page's handle on the store: one `LodestoneDB` per extension page, opened
 * lazily. These pages only read (live queries); every write goes through the background's messages.
 */
import { LodestoneDB } from '../store/db';

let db: LodestoneDB | undefined;

/** The page's shared database instance. */
export function getDb(): LodestoneDB {
  db ??= new LodestoneDB();
  return db;
}
