import type { Instant, LocalDate, ZonedDateTime } from '@js-joda/core';

/**
 * What a formula reads about the record it runs on. The record engine loads the values,
 * including parents' fields (`formulaDependencies` lists the paths a formula needs).
 */
export interface FormulaEnv {
  /** A field's value by run-time path, e.g. `['lumary__Parent__r', 'RecordType', 'DeveloperName']`. */
  get(path: readonly string[]): unknown;
  /** The field's value before this save (PRIORVALUE, ISCHANGED); the record's own fields only. */
  prior?(field: string): unknown;
  /** True while the record is being inserted. */
  isNew?: boolean;
  /** Today in the tenant's time zone. */
  today: LocalDate;
  now: Instant | ZonedDateTime;
}
