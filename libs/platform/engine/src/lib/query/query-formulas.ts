import { metadataKey, type FieldDef, type Registry } from '@platform/metadata';
import { checkFormula, formulaDependencies, type TypedExpr } from '@platform/formula';
import { invalidField } from './query-context';
import type { JoinTarget, Scope } from './query-joins';
import type { PathResolver } from './query-paths';
import { columnRef, fieldSql } from './query-sql';
import type { OutputColumns, ValueSource } from './query-shape';

/** Formula fields that read formula fields that read…: deeper than this is a metadata loop. */
const MAX_FORMULA_DEPTH = 10;
const RECORD_TYPE_ATTRIBUTES = new Set(['id', 'developername', 'name']);

const checked = new WeakMap<FieldDef, TypedExpr>();

/** The checked formula of a formula field; checked once per loaded field definition. */
export function formulaAst(field: FieldDef, registry: Registry): TypedExpr {
  let ast = checked.get(field);
  if (!ast) {
    const result = checkFormula(field.formula ?? '', {
      registry,
      objectApiName: field.objectApiName,
      namespace: registry.packages.get(field.packageName)?.namespace ?? '',
      usage: 'formulaField',
      expected: field.returnType,
    });
    if (!result.ok) {
      throw invalidField(
        `formula field '${field.objectApiName}.${field.apiName}' cannot be computed: ${result.errors[0].message}`,
        field.apiName,
      );
    }
    ast = result.ast;
    checked.set(field, ast);
  }
  return ast;
}

/**
 * Says where each selected value comes from. Stored fields are result columns; formula fields are
 * computed after the fetch from their inputs, which are fetched as hidden columns (joining parents
 * as the formula needs, whatever the user may read: the user sees only the formula's result).
 */
export class SourceBuilder {
  constructor(
    private readonly registry: Registry,
    /** Resolves formula inputs; sees every field and object. */
    private readonly inputs: PathResolver,
    private readonly columns: OutputColumns,
  ) {}

  /** The value of `field` on the row of `target`. */
  leaf(field: FieldDef, target: JoinTarget, depth = 0): ValueSource {
    if (field.type !== 'Formula') {
      return { kind: 'column', label: this.columns.add(fieldSql(target.alias, field)), field };
    }
    if (depth > MAX_FORMULA_DEPTH) {
      throw invalidField(`formula field '${field.objectApiName}.${field.apiName}' reads formulas nested too deep`, field.apiName);
    }
    const ast = formulaAst(field, this.registry);
    const inputs = new Map(formulaDependencies(ast).fields.map((path) => [path.join('.'), this.input(path, target, depth + 1)] as const));
    return { kind: 'formula', field, ast, inputs };
  }

  private input(path: string[], target: JoinTarget, depth: number): ValueSource {
    const from: Scope = { targets: [target], depth: 0 };
    const written = path.join('.');
    if (path.length >= 2 && metadataKey(path[path.length - 2]) === 'recordtype') {
      const { scope } = this.inputs.walk(path.slice(0, -2), from, written);
      const attribute = metadataKey(path[path.length - 1]);
      return this.either(scope, (t) => this.recordType(t, attribute, written));
    }
    const resolved = this.inputs.field(path, from);
    return this.either(resolved.scope, (t, i) => this.leaf(resolved.fields[i], t, depth));
  }

  private either(scope: Scope, source: (target: JoinTarget, index: number) => ValueSource): ValueSource {
    if (scope.targets.length === 1) return source(scope.targets[0], 0);
    return {
      kind: 'either',
      options: scope.targets.map((t, i) => ({ idLabel: this.columns.add(columnRef(t.alias, 'id')), source: source(t, i) })),
    };
  }

  private recordType(target: JoinTarget, attribute: string, written: string): ValueSource {
    if (!RECORD_TYPE_ATTRIBUTES.has(attribute)) throw invalidField(`cannot read '${written}'`, written);
    return {
      kind: 'recordType',
      label: this.columns.add(columnRef(target.alias, 'record_type')),
      object: target.object,
      attribute: attribute as 'id' | 'developername' | 'name',
    };
  }
}
