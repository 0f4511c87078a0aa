import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { evaluate } from '@platform/formula';
import { metadataKey, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import type { FormulaCache } from '../formulas/formula-cache';
import { RecordFormulaEnv } from '../formulas/record-formula-env';
import { customFieldSql, fieldSql } from '../query/query-sql';
import { q, rowToValues, type RecordValues } from './record-rows';
import type { RequestContext } from './request-context';
import { fieldOf } from './system-fields';

interface Rollup {
  parent: ObjectDef;
  field: FieldDef;
  link: FieldDef;
  summarized?: FieldDef;
}

/**
 * Keeps roll-up summary fields right: after a child is inserted, updated (also re-parented) or
 * deleted, each affected master's value is recomputed from its children, in the same transaction.
 */
export class RollupMaintainer {
  private readonly byChild = new Map<string, Rollup[]>();

  constructor(
    private readonly registry: Registry,
    private readonly formulas: FormulaCache,
  ) {
    for (const parent of registry.objects) {
      for (const field of parent.fields.values()) {
        const summary = field.summary;
        const child = summary && registry.object(summary.childObject);
        if (!summary || !child) continue;
        const rollup = {
          parent,
          field,
          link: fieldOf(child, summary.childField)!,
          summarized: summary.summarizedField ? fieldOf(child, summary.summarizedField) : undefined,
        };
        const key = metadataKey(child.apiName);
        this.byChild.set(key, [...(this.byChild.get(key) ?? []), rollup]);
      }
    }
  }

  async afterWrite(
    manager: EntityManager,
    ctx: RequestContext,
    child: ObjectDef,
    old?: RecordValues,
    record?: RecordValues,
  ): Promise<void> {
    for (const rollup of this.byChild.get(metadataKey(child.apiName)) ?? []) {
      const parents = new Set([old?.[rollup.link.apiName], record?.[rollup.link.apiName]].filter((id): id is string => !!id));
      for (const parentId of parents) await this.recompute(manager, ctx, child, rollup, parentId);
    }
  }

  private async recompute(manager: EntityManager, ctx: RequestContext, child: ObjectDef, rollup: Rollup, parentId: string) {
    // A tenant's master-detail field and roll-up live in the rows' `custom` jsonb, a package's in columns.
    const link = rollup.link.custom ? customFieldSql(rollup.link, '"custom"') : q(rollup.link.column!);
    const rows = (await manager.query(`SELECT * FROM ${q(child.table)} WHERE "tenant_id" = $1 AND ${link} = $2`, [
      ctx.tenantId,
      parentId,
    ])) as Record<string, unknown>[];
    const children = await this.filtered(
      manager,
      ctx,
      child,
      rollup,
      rows.map((r) => rowToValues(child, r)),
    );
    const value = aggregate(rollup, children);
    const set = rollup.field.custom ? `"custom" = "custom" || jsonb_build_object($4::text, $3::text)` : `${q(rollup.field.column!)} = $3`;
    await manager.query(`UPDATE ${q(rollup.parent.table)} SET ${set} WHERE "tenant_id" = $1 AND "id" = $2`, [
      ctx.tenantId,
      parentId,
      value,
      ...(rollup.field.custom ? [rollup.field.apiName] : []),
    ]);
  }

  private async filtered(manager: EntityManager, ctx: RequestContext, child: ObjectDef, rollup: Rollup, children: RecordValues[]) {
    const filter = this.formulas.rollupFilter(rollup.field);
    if (!filter) return children;
    const kept: RecordValues[] = [];
    for (const values of children) {
      const env = new RecordFormulaEnv({ registry: this.registry, formulas: this.formulas, manager, ctx, object: child, values });
      await env.prepare(filter.dependencies.fields);
      if (evaluate(filter.ast, env.env()) === true) kept.push(values);
    }
    return kept;
  }
}

/**
 * Fills a tenant's new roll-up summary (kept in its masters' `custom` jsonb) from the details
 * that exist, in one statement: each master with details gets what `aggregate` would give it
 * (the same decimal scale, ISO dates), the others none (COUNT reads 0, the rest null, as a
 * package's column before its first detail). Later writes keep it through RollupMaintainer.
 */
export async function fillRollup(
  manager: EntityManager,
  tenantId: string,
  registry: Registry,
  parent: ObjectDef,
  field: FieldDef,
): Promise<void> {
  const summary = field.summary!;
  const child = registry.object(summary.childObject)!;
  const link = fieldOf(child, summary.childField)!;
  const summarized = summary.summarizedField ? fieldOf(child, summary.summarizedField) : undefined;
  const value = (() => {
    if (summary.operation === 'count' || !summarized) return 'count(*)::text';
    const read = fieldSql('c', summarized);
    if (summarized.type === 'Date') return `to_char(${summary.operation}(${read}), 'YYYY-MM-DD')`;
    if (summarized.type === 'DateTime') return `to_char(${summary.operation}(${read}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    const total = summary.operation === 'sum' ? `COALESCE(sum(${read}), 0)` : `${summary.operation}(${read})`;
    return `round(${total}, ${summarized.scale ?? 0})::text`;
  })();
  await manager.query(`UPDATE ${q(parent.table)} SET "custom" = "custom" - $2::text WHERE "tenant_id" = $1 AND "custom" ? $2::text`, [
    tenantId,
    field.apiName,
  ]);
  await manager.query(
    `UPDATE ${q(parent.table)} AS p SET "custom" = p."custom" || jsonb_build_object($2::text, a."value")
       FROM (SELECT ${fieldSql('c', link)} AS "master", ${value} AS "value" FROM ${q(child.table)} AS "c" WHERE "c"."tenant_id" = $1 GROUP BY 1) AS a
      WHERE p."tenant_id" = $1 AND p."id" = a."master"`,
    [tenantId, field.apiName],
  );
}

function aggregate(rollup: Rollup, children: RecordValues[]): string | null {
  const { operation } = rollup.field.summary!;
  if (operation === 'count') return String(children.length);
  const field = rollup.summarized!;
  const values = children.map((c) => c[field.apiName]).filter((v): v is string => v !== null && v !== undefined);
  if (field.type === 'Date' || field.type === 'DateTime') {
    if (!values.length) return null;
    const sorted = [...values].sort((a, b) =>
      field.type === 'Date' ? LocalDate.parse(a).compareTo(LocalDate.parse(b)) : a.localeCompare(b),
    );
    return operation === 'min' ? sorted[0] : operation === 'max' ? sorted[sorted.length - 1] : null;
  }
  const decimals = values.map((v) => new Decimal(v));
  const scale = field.scale ?? 0;
  if (operation === 'sum') return decimals.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(scale);
  if (!decimals.length) return null;
  return (operation === 'min' ? Decimal.min(...decimals) : Decimal.max(...decimals)).toFixed(scale);
}
