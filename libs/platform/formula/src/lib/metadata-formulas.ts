import type { FormulaReturnType, MetadataError, Registry, SourceRef } from '@platform/metadata';
import { checkFormula } from './checker';
import type { FormulaUsage } from './functions';

/**
 * The load-time check of every formula in the metadata: validation rules, formula fields and
 * roll-up filters must parse and name only fields that exist. Errors point at the formula's
 * line in its YAML file.
 */
export function checkMetadataFormulas(registry: Registry): MetadataError[] {
  const errors: MetadataError[] = [];
  const check = (
    source: string,
    objectApiName: string,
    packageName: string,
    usage: FormulaUsage,
    ref: SourceRef,
    key: string,
    expected?: FormulaReturnType,
  ) => {
    const namespace = registry.packages.get(packageName)?.namespace ?? '';
    const result = checkFormula(source, { registry, objectApiName, namespace, usage, expected });
    if (result.ok) return;
    const base = ref.keyLines?.[key] ?? ref.line;
    for (const e of result.errors) {
      errors.push({ file: ref.file, line: base + e.line - 1, column: e.column, message: `${key}: ${e.message}` });
    }
  };
  for (const object of registry.objects) {
    for (const rule of object.validationRules.values()) {
      check(rule.errorConditionFormula, object.apiName, rule.packageName, 'validationRule', rule.source, 'errorConditionFormula');
    }
    for (const field of object.fields.values()) {
      if (field.type === 'Formula' && field.formula) {
        check(field.formula, object.apiName, field.packageName, 'formulaField', field.source, 'formula', field.returnType);
      }
      if (field.summary?.filter) {
        check(field.summary.filter, field.summary.childObject, field.packageName, 'rollupFilter', field.source, 'filter');
      }
    }
  }
  return errors;
}
