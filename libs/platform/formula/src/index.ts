export { parseFormula, type ParseResult } from './lib/parser';
export { printFormula } from './lib/printer';
export {
  checkFormula,
  checkExpression,
  type CheckResult,
  type FormulaContext,
} from './lib/checker';
export { evaluate } from './lib/evaluator';
export {
  formulaDependencies,
  type FormulaDependencies,
} from './lib/dependencies';
export type { FormulaEnv } from './lib/env';
export type { FormulaUsage } from './lib/functions';
export { FORMULA_FUNCTIONS } from './lib/functions';
export type {
  BinaryOp,
  Expr,
  FormulaType,
  PathSegment,
  TypedExpr,
  UnaryOp,
} from './lib/ast';
export {
  FormulaEvalError,
  type FormulaError,
  type FormulaErrorCode,
  type FormulaEvalErrorCode,
  type Position,
} from './lib/errors';
export { isBlank, type FormulaValue } from './lib/values';
export { checkMetadataFormulas } from './lib/metadata-formulas';
