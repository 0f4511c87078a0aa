import type { FieldDef, FormulaReturnType, Registry } from '@platform/metadata';
import type { FormulaType } from './ast';

const RETURN_TYPES: Record<FormulaReturnType, FormulaType> = {
  Text: 'Text',
  Number: 'Number',
  Currency: 'Number',
  Percent: 'Number',
  Checkbox: 'Boolean',
  Date: 'Date',
  DateTime: 'DateTime',
};

/** The formula type a formula field's return type (or a rule's expected result) stands for. */
export const returnTypeOf = (returnType: FormulaReturnType): FormulaType => RETURN_TYPES[returnType];

/** How a field reads inside a formula. Lookups read as the parent's Id, which is text. */
export function fieldType(field: FieldDef, registry: Registry): FormulaType {
  switch (field.type) {
    case 'Number':
    case 'Currency':
    case 'Percent':
      return 'Number';
    case 'Checkbox':
      return 'Boolean';
    case 'Date':
    case 'DateTime':
    case 'Picklist':
    case 'MultiPicklist':
      return field.type;
    case 'Formula':
      return field.returnType ? returnTypeOf(field.returnType) : 'Text';
    case 'Summary':
      return summaryType(field, registry);
    default:
      return 'Text';
  }
}

/** COUNT and SUM are numbers; MIN and MAX have the type of the field they summarise. */
function summaryType(field: FieldDef, registry: Registry): FormulaType {
  const summary = field.summary;
  if (!summary?.summarizedField || summary.operation === 'count' || summary.operation === 'sum') return 'Number';
  const child = registry.field(summary.childObject, summary.summarizedField);
  return child && child.type !== 'Summary' ? fieldType(child, registry) : 'Number';
}

/** A value of type `actual` may stand where `wanted` is expected (NULL fits anywhere). */
export const fits = (actual: FormulaType, wanted: FormulaType): boolean => actual === wanted || actual === 'Null';

/** The common type of two branches (IF, CASE, BLANKVALUE), or undefined when they differ. */
export function unify(a: FormulaType, b: FormulaType): FormulaType | undefined {
  if (a === 'Null') return b;
  if (b === 'Null' || a === b) return a;
  return undefined;
}

export const PICKLIST_USES = 'ISPICKVAL, TEXT, ISBLANK, ISNULL, ISCHANGED, PRIORVALUE or CASE';
