/**
 * The store's public API. Extension pages and the background import from here; content scripts
 * must not (they would open IndexedDB in the page's origin) — they use `lib/messages`.
 */
export { LodestoneDB, DB_NAME, type LodestoneDBOptions } from './db';
export { SCHEMA_HISTORY, SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './schema-history';
export { installBundle, getInstalledBundleVersion, type InstallResult } from './install-bundle';
export { saveArticle, deleteSource, SaveArticleInputSchema, type SaveArticleInput, type SaveResult } from './saved';
export { markEntitiesSeen } from './new-since';
export {
  addUserEntity,
  saveEntityEdit,
  deleteUserEntity,
  mergeEntities,
  hideName,
  unhideName,
  dismissSuggestion,
  readUserOverlay,
  getEntityHides,
  listSavedForRelink,
  sourcesMentioning,
  toEntity,
} from './dictionary';
export { readSavedText, replaceFindings, type Findings } from './relink';
export { getUserDictionary, listSuggestions, listDismissed, type DictionaryEntry, type Suggestion } from './query-dictionary';
export { requestPersistence, detectEviction, dismissEvictionNotice, INSTALL_FLAG_KEY, type InstallFlagStorage } from './persistence';
export { StoreError, toStoreError, type StoreErrorCode } from './errors';
export { normaliseCanonicalUrl } from './canonical-url';
export { savedSourceId } from '../text/hash';
export * from './queries';
export * from './rows';
