import { checkFormula, formulaDependencies, type FormulaDependencies, type TypedExpr } from '@platform/formula';
import type { FieldDef, ObjectDef, Registry, ValidationRuleDef } from '@platform/metadata';

export interface CompiledFormula {
  ast: TypedExpr;
  dependencies: FormulaDependencies;
}

/**
 * Every formula of the metadata, parsed and checked once per registry (the metadata is checked
 * at load, so a failure here is a platform bug, not user input).
 */
export class FormulaCache {
  private readonly compiled = new Map<object, CompiledFormula>();

  constructor(private readonly registry: Registry) {}

  rule(object: ObjectDef, rule: ValidationRuleDef): CompiledFormula {
    return this.compile(rule, rule.errorConditionFormula, object.apiName, rule.packageName, 'validationRule');
  }

  field(object: ObjectDef, field: FieldDef): CompiledFormula {
    return this.compile(field, field.formula ?? '', object.apiName, field.packageName, 'formulaField', field.returnType);
  }

  /** A roll-up's filter runs on the child records. */
  rollupFilter(field: FieldDef): CompiledFormula | undefined {
    const summary = field.summary;
    if (!summary?.filter) return undefined;
    return this.compile(summary, summary.filter, summary.childObject, field.packageName, 'rollupFilter');
  }

  private compile(
    owner: object,
    source: string,
    objectApiName: string,
    packageName: string,
    usage: 'validationRule' | 'formulaField' | 'rollupFilter',
    expected?: FieldDef['returnType'],
  ): CompiledFormula {
    const cached = this.compiled.get(owner);
    if (cached) return cached;
    const namespace = this.registry.packages.get(packageName)?.namespace ?? '';
    const result = checkFormula(source, { registry: this.registry, objectApiName, namespace, usage, expected });
    if (!result.ok) {
      throw new Error(`formula of ${objectApiName} failed its check: ${result.errors.map((e) => e.message).join('; ')}`);
    }
    const compiled = { ast: result.ast, dependencies: formulaDependencies(result.ast) };
    this.compiled.set(owner, compiled);
    return compiled;
  }
}
