import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { evaluate } from '@platform/formula';
import { metadataKey, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import type { FormulaCache } from '../formulas/formula-cache';
import { RecordFormulaEnv } from '../formulas/record-formula-env';
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

  async afterWrite(manager: EntityManager, ctx: RequestContext, child: ObjectDef, old?: RecordValues, record?: RecordValues): Promise<void> {
    for (const rollup of this.byChild.get(metadataKey(child.apiName)) ?? []) {
      const parents = new Set([old?.[rollup.link.apiName], record?.[rollup.link.apiName]].filter((id): id is string => !!id));
      for (const parentId of parents) await this.recompute(manager, ctx, child, rollup, parentId);
    }
  }

  private async recompute(manager: EntityManager, ctx: RequestContext, child: ObjectDef, rollup: Rollup, parentId: string) {
    const rows = (await manager.query(`SELECT * FROM ${q(child.table)} WHERE "tenant_id" = $1 AND ${q(rollup.link.column!)} = $2`, [
      ctx.tenantId,
      parentId,
    ])) as Record<string, unknown>[];
    const children = await this.filtered(manager, ctx, child, rollup, rows.map((r) => rowToValues(child, r)));
    const value = aggregate(rollup, children);
    await manager.query(`UPDATE ${q(rollup.parent.table)} SET ${q(rollup.field.column!)} = $3 WHERE "tenant_id" = $1 AND "id" = $2`, [
      ctx.tenantId,
      parentId,
      value,
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

function aggregate(rollup: Rollup, children: RecordValues[]): string | null {
  const { operation } = rollup.field.summary!;
  if (operation === 'count') return String(children.length);
  const field = rollup.summarized!;
  const values = children.map((c) => c[field.apiName]).filter((v): v is string => v !== null && v !== undefined);
  if (field.type === 'Date' || field.type === 'DateTime') {
    if (!values.length) return null;
    const sorted = [...values].sort((a, b) => (field.type === 'Date' ? LocalDate.parse(a).compareTo(LocalDate.parse(b)) : a.localeCompare(b)));
    return operation === 'min' ? sorted[0] : operation === 'max' ? sorted[sorted.length - 1] : null;
  }
  const decimals = values.map((v) => new Decimal(v));
  const scale = field.scale ?? 0;
  if (operation === 'sum') return decimals.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(scale);
  if (!decimals.length) return null;
  return (operation === 'min' ? Decimal.min(...decimals) : Decimal.max(...decimals)).toFixed(scale);
}
