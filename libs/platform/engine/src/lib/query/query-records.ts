import { Instant, LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { metadataKey, type FieldDef } from '@platform/metadata';
import { evaluate, FormulaEvalError, type FormulaValue } from '@platform/formula';
import { fromDb } from '../records/field-codec';
import type { RecordShape, ValueSource } from './query-shape';

/** A record as Salesforce REST shows it: attributes first, then the selected fields and parents. */
export interface SObjectRecord {
  attributes: { type: string; url: string };
  [field: string]: unknown;
}

export type Row = Record<string, unknown>;

/** What formulas see as TODAY() and NOW() while one page is built. */
export interface EvaluationClock {
  today: LocalDate;
  now: Instant;
}

export const recordUrl = (objectApiName: string, id: string): string => `/api/sobjects/${objectApiName}/${id}`;

/** The record (or parent) a row holds, or null when the lookup is blank or its target is gone. */
export function buildRecord(shape: RecordShape, row: Row, clock: EvaluationClock): SObjectRecord | null {
  const index = shape.targets.findIndex((t) => row[t.idLabel] !== null && row[t.idLabel] !== undefined);
  if (index < 0) return null;
  const target = shape.targets[index];
  const record: SObjectRecord = {
    attributes: { type: target.objectApiName, url: recordUrl(target.objectApiName, String(row[target.idLabel])) },
  };
  for (const entry of shape.entries) {
    record[entry.kind === 'field' ? entry.apiName : entry.relationshipName] =
      entry.kind === 'field' ? apiValue(entry.sources[index], row, clock) : buildRecord(entry.shape, row, clock);
  }
  return record;
}

/** A value as the API shows it: stored values through the codec, formula results formatted by return type. */
function apiValue(source: ValueSource, row: Row, clock: EvaluationClock): unknown {
  if (source.kind === 'formula') return formulaOutput(source.field, compute(source, row, clock));
  if (source.kind === 'either') {
    const option = source.options.find((o) => row[o.idLabel] !== null && row[o.idLabel] !== undefined);
    return option ? apiValue(option.source, row, clock) : null;
  }
  return formulaInput(source, row, clock);
}

/** A value as a formula reads it (the evaluator accepts the codec's strings, decimals and dates). */
function formulaInput(source: ValueSource, row: Row, clock: EvaluationClock): unknown {
  switch (source.kind) {
    case 'column':
      return fromDb(source.field, row[source.label]);
    case 'formula':
      return compute(source, row, clock);
    case 'either': {
      const option = source.options.find((o) => row[o.idLabel] !== null && row[o.idLabel] !== undefined);
      return option ? formulaInput(option.source, row, clock) : null;
    }
    case 'recordType': {
      const stored = row[source.label];
      if (typeof stored !== 'string' || source.attribute !== 'name') return stored ?? null;
      return source.object.recordTypes.get(metadataKey(stored))?.label ?? stored;
    }
  }
}

/** Salesforce shows #Error! where a formula cannot compute (dividing by zero); the API shows null. */
function compute(source: Extract<ValueSource, { kind: 'formula' }>, row: Row, clock: EvaluationClock): FormulaValue {
  const env = {
    get: (path: readonly string[]) => {
      const input = source.inputs.get(path.join('.'));
      return input ? formulaInput(input, row, clock) : null;
    },
    today: clock.today,
    now: clock.now,
  };
  try {
    return evaluate(source.ast, env);
  } catch (error) {
    if (error instanceof FormulaEvalError) return null;
    throw error;
  }
}

/** Numbers as exact strings at the field's scale, dates as YYYY-MM-DD, blank text as null. */
export function formulaOutput(field: FieldDef, value: FormulaValue): unknown {
  if (value === null || value === '') return field.returnType === 'Checkbox' ? false : null;
  if (Decimal.isDecimal(value)) {
    const scale = field.scale ?? (field.returnType === 'Currency' ? 2 : undefined);
    return scale === undefined ? value.toFixed() : value.toFixed(scale);
  }
  if (value instanceof LocalDate) return value.toString();
  if (value instanceof Instant) return new Date(value.toEpochMilli()).toISOString();
  return value;
}
