export * from './lib/engine.errors';
export * from './lib/record-engine';
export * from './lib/describe/describe';
export { requestContext, type AccessControl, type RequestContext } from './lib/records/request-context';
export type { ApiRecord } from './lib/records/record-reader';
export type { HistoryEntry } from './lib/records/field-history';
export type { RecordValues } from './lib/records/record-rows';
export type { TriggerEvent, TriggerHandlers, TriggerPhase } from './lib/triggers/trigger-registry';
export { formatAutoNumber } from './lib/records/autonumber';
export { fieldOf, isSystemField } from './lib/records/system-fields';
export * from './lib/query';
export { inTenant, inTenantId, setTenant } from './lib/records/tenant-transaction';
export {
  applySharing,
  asSystem,
  asUser,
  DEFAULT_SHARING_MODEL,
  mayTransfer,
  packageSharingModel,
  SHARING_MODELS,
  sharingDefaults,
  sharingScope,
  visibleOwners,
  type SharingModel,
  type SharingScope,
} from './lib/records/sharing';
export { saveSharingDefaults, sharingDefaultsOf, type ObjectSharingDefault } from './lib/records/sharing-settings';
export {
  addManualShare,
  createSharingRule,
  deleteSharingRule,
  getSharingRule,
  groupId,
  listSharingRules,
  MANUAL_GRANTEES,
  recomputeRuleShares,
  recordShares,
  removeManualShare,
  RULE_GRANTEES,
  SHARE_ACCESS,
  updateSharingRule,
  type ManualShareInput,
  type RecordShare,
  type RecordShares,
  type SharingCriterion,
  type SharingRule,
  type SharingRuleInput,
} from './lib/records/sharing-rules';
export { customFieldFoldedSql, customFieldSql } from './lib/query/query-sql';
export { fillRollup } from './lib/records/rollups';
export { requireObject } from './lib/records/access-checks';
export { parseCalendarDate, MIN_YEAR, MAX_YEAR } from './lib/records/field-codec';
export {
  dropFieldIndex,
  duplicateValue,
  findByUniqueValue,
  indexRecords,
  isUniqueCustom,
  pivotKind,
  pivotReady,
  pivotValueSql,
  PIVOT_COLUMNS,
  uniqueValueSql,
  UNIQUE_FIELD_TYPES,
  type PivotKind,
} from './lib/records/custom-index';
