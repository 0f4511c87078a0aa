import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { evaluate, FormulaEvalError, type FormulaValue } from '@platform/formula';
import type { FieldDef, ObjectDef, Registry } from '@platform/metadata';
import type { DataSource, EntityManager } from 'typeorm';
import { EngineError } from '../engine.errors';
import type { FormulaCache } from '../formulas/formula-cache';
import { RecordFormulaEnv } from '../formulas/record-formula-env';
import { readHistory, type HistoryEntry } from './field-history';
import { loadRow, type RecordValues } from './record-rows';
import type { RequestContext } from './request-context';
import { asSystem } from './sharing';
import { inTenant } from './tenant-transaction';

export interface ApiRecord {
  attributes: { type: string; url: string };
  [field: string]: unknown;
}

/** Reads single records by id, with formula fields computed as they are read. */
export class RecordReader {
  constructor(
    private readonly registry: Registry,
    private readonly dataSource: DataSource,
    private readonly formulas: FormulaCache,
  ) {}

  async get(ctx: RequestContext, object: ObjectDef, id: string): Promise<{ record: ApiRecord; version: number }> {
    return inTenant(this.dataSource, ctx, async (manager) => {
      const values = await this.existing(manager, ctx, object, id);
      // Formulas read related records as the platform: a formula field shows what it computes.
      const record = await asSystem(manager, () => this.withFormulas(manager, ctx, object, values));
      return { record: toApiRecord(object, record), version: values['Version'] as number };
    });
  }

  async history(ctx: RequestContext, object: ObjectDef, id: string): Promise<HistoryEntry[]> {
    return inTenant(this.dataSource, ctx, async (manager) => {
      await this.existing(manager, ctx, object, id);
      return readHistory(manager, ctx, object, id);
    });
  }

  /** Computes the object's formula fields for one record (a formula error reads as null, like #Error!). */
  async withFormulas(manager: EntityManager, ctx: RequestContext, object: ObjectDef, values: RecordValues): Promise<RecordValues> {
    const formulaFields = [...object.fields.values()].filter((f) => f.type === 'Formula');
    if (!formulaFields.length) return values;
    const env = new RecordFormulaEnv({ registry: this.registry, formulas: this.formulas, manager, ctx, object, values });
    await env.prepare(formulaFields.map((f) => [f.apiName]));
    const computed: RecordValues = { ...values };
    for (const field of formulaFields) {
      try {
        computed[field.apiName] = formulaToApi(field, evaluate(this.formulas.field(object, field).ast, env.env()));
      } catch (error) {
        if (!(error instanceof FormulaEvalError)) throw error;
        computed[field.apiName] = null;
      }
    }
    return computed;
  }

  private async existing(manager: EntityManager, ctx: RequestContext, object: ObjectDef, id: string): Promise<RecordValues> {
    const values = /^[0-9a-f-]{36}$/i.test(id) ? await loadRow(manager, object, ctx.tenantId, id) : undefined;
    if (!values) throw EngineError.notFound(`The requested resource does not exist: no ${object.label} with id '${id}'`);
    return values;
  }
}

/** A formula's value as the API shows it: numbers as exact strings at the field's scale. */
export function formulaToApi(field: FieldDef, value: FormulaValue): unknown {
  if (value === null || value === undefined) return null;
  if (Decimal.isDecimal(value)) return field.scale !== undefined ? value.toFixed(field.scale) : value.toString();
  if (value instanceof LocalDate) return value.toString();
  if (typeof value === 'object') return String(value);
  return value;
}

/** The record in the Salesforce REST shape, without the engine's own bookkeeping keys. */
export function toApiRecord(object: ObjectDef, values: RecordValues): ApiRecord {
  const record: ApiRecord = { attributes: { type: object.apiName, url: `/api/sobjects/${object.apiName}/${values['Id']}` } };
  for (const [key, value] of Object.entries(values)) {
    if (key === 'Version' || key.endsWith('.type')) continue;
    record[key] = value;
  }
  return record;
}
