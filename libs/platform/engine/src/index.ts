export * from './lib/engine.errors';
export * from './lib/record-engine';
export * from './lib/describe/describe';
export { requestContext, type RequestContext } from './lib/records/request-context';
export type { ApiRecord } from './lib/records/record-reader';
export type { HistoryEntry } from './lib/records/field-history';
export type { RecordValues } from './lib/records/record-rows';
export type { TriggerEvent, TriggerHandlers, TriggerPhase } from './lib/triggers/trigger-registry';
export { formatAutoNumber } from './lib/records/autonumber';
