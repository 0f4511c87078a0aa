import { DATE_FUNCTIONS } from './date';
import type { FunctionDef } from './function-def';
import { LOGICAL_FUNCTIONS } from './logical';
import { MATH_FUNCTIONS } from './math';
import { PICKLIST_FUNCTIONS } from './picklist';
import { RECORD_FUNCTIONS } from './record';
import { TEXT_FUNCTIONS } from './text';

/** Every function a formula may call, by upper-case name (calls are case-insensitive). */
export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(
  [...LOGICAL_FUNCTIONS, ...PICKLIST_FUNCTIONS, ...RECORD_FUNCTIONS, ...TEXT_FUNCTIONS, ...MATH_FUNCTIONS, ...DATE_FUNCTIONS].map((f) => [
    f.name,
    f,
  ]),
);

/** The names of all functions, for editors and documentation. */
export const FORMULA_FUNCTIONS: readonly string[] = [...FUNCTIONS.keys()].sort();

export type { CallContext, CheckScope, FormulaUsage, FunctionDef } from './function-def';
