import { evaluate, type FormulaEnv } from '@platform/formula';
import type { ObjectDef, Registry } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../records/request-context';
import { loadRow, sameKey, type RecordValues } from '../records/record-rows';
import { fieldOf } from '../records/system-fields';
import type { FormulaCache } from './formula-cache';

export interface RecordEnvInput {
  registry: Registry;
  formulas: FormulaCache;
  manager: EntityManager;
  ctx: RequestContext;
  object: ObjectDef;
  values: RecordValues;
  prior?: RecordValues;
  isNew?: boolean;
}

/**
 * The values a formula reads, for one record: its own fields, its record type, and parents'
 * fields through lookups, loaded from the database once per path. Formula fields are computed
 * when read. Parent loading is asynchronous, so `prepare` loads every path a formula needs
 * before the (synchronous) evaluation.
 */
export class RecordFormulaEnv {
  private readonly parents = new Map<string, { object: ObjectDef; values: RecordValues } | null>();

  constructor(private readonly input: RecordEnvInput) {}

  /** Loads the parent records the paths go through. */
  async prepare(paths: readonly (readonly string[])[]): Promise<void> {
    for (const path of paths) await this.walk(this.input.object, this.input.values, path, '');
  }

  env(): FormulaEnv {
    const { ctx, prior, isNew, object, values } = this.input;
    return {
      get: (path) => this.read(object, values, path, ''),
      prior: (field) => (prior ? prior[fieldOf(object, field)?.apiName ?? field] : null),
      isNew: !!isNew,
      today: ctx.today,
      now: ctx.now,
    };
  }

  private read(object: ObjectDef, values: RecordValues, path: readonly string[], prefix: string): unknown {
    const [head, ...rest] = path;
    if (sameKey(head, 'RecordType')) return this.recordType(object, values, rest[0]);
    if (rest.length === 0) {
      const field = fieldOf(object, head);
      if (field?.type === 'Formula') return this.formulaValue(object, values, prefix, field.apiName);
      return field ? values[field.apiName] : null;
    }
    const parent = this.parents.get(`${prefix}${head}`.toLowerCase());
    return parent ? this.read(parent.object, parent.values, rest, `${prefix}${head}.`) : null;
  }

  private recordType(object: ObjectDef, values: RecordValues, attribute = 'DeveloperName'): unknown {
    const name = values['RecordTypeId'] as string | null;
    if (!name) return null;
    if (sameKey(attribute, 'Name')) return object.recordTypes.get(name.toLowerCase())?.label ?? null;
    return name;
  }

  private formulaValue(object: ObjectDef, values: RecordValues, prefix: string, apiName: string): unknown {
    const field = fieldOf(object, apiName)!;
    const compiled = this.input.formulas.field(object, field);
    const nested = new RecordFormulaEnv({ ...this.input, object, values, prior: undefined });
    // Parents of a parent's formula were loaded under this env's prefix; share them.
    for (const [key, parent] of this.parents) {
      if (key.startsWith(prefix.toLowerCase())) nested.parents.set(key.slice(prefix.length), parent);
    }
    return evaluate(compiled.ast, nested.env());
  }

  private async walk(object: ObjectDef, values: RecordValues, path: readonly string[], prefix: string): Promise<void> {
    const [head, ...rest] = path;
    if (rest.length === 0 || sameKey(head, 'RecordType')) {
      const field = fieldOf(object, head);
      if (field?.type === 'Formula') {
        const deps = this.input.formulas.field(object, field).dependencies.fields;
        for (const dep of deps) await this.walk(object, values, dep, prefix);
      }
      return;
    }
    const key = `${prefix}${head}`.toLowerCase();
    if (!this.parents.has(key)) this.parents.set(key, await this.loadParent(object, values, head));
    const parent = this.parents.get(key);
    if (parent) await this.walk(parent.object, parent.values, rest, `${prefix}${head}.`);
  }

  private async loadParent(object: ObjectDef, values: RecordValues, relationship: string) {
    const lookup = [...object.fields.values()].find((f) => f.relationshipName && sameKey(f.relationshipName, relationship));
    const id = lookup ? (values[lookup.apiName] as string | null) : null;
    if (!lookup || !id) return null;
    const targetName = (lookup.referenceTo!.length > 1 ? values[`${lookup.apiName}.type`] : lookup.referenceTo![0]) as string | null;
    const target = targetName ? this.input.registry.object(targetName) : undefined;
    if (!target) return null;
    const row = await loadRow(this.input.manager, target, this.input.ctx.tenantId, id);
    return row ? { object: target, values: row } : null;
  }
}
