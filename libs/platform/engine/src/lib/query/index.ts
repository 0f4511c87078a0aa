export type { AggregateFunction, CompareOperator, Condition, FieldRef, Literal, OrderItem, RelativeDate, SoqlQuery } from './soql-ast';
export { parseOrderBy, parseQuery, parseWhere } from './soql-parser';
export { DEFAULT_PAGE_SIZE, MAX_LIMIT, MAX_OFFSET, MAX_RELATIONSHIP_DEPTH, type QueryContext, type QueryPaging } from './query-context';
export { compileMatch, compileQuery, type CompiledQuery } from './query-compiler';
export { decodeCursor, encodeCursor, type CursorState } from './query-cursor';
export type { QueryShape, RecordShape, ShapeEntry, ValueSource } from './query-shape';
export { recordUrl, type SObjectRecord } from './query-records';
export { runQuery, type QueryResult } from './query-runner';
export { AGGREGATE_NUMBERS, compileAggregate, isAggregateQuery, runAggregate, type CompiledAggregate } from './query-aggregate';
