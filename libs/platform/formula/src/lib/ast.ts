import type { FieldDef } from '@platform/metadata';
import type { Position } from './errors';
import type { FormulaValue } from './values';

export type UnaryOp = '-' | '+' | '!';
export type BinaryOp = '^' | '*' | '/' | '+' | '-' | '&' | '=' | '<>' | '<' | '<=' | '>' | '>=' | '&&' | '||';

/** One name of a field path as written, e.g. `Parent__r` in `Parent__r.Name`. */
export interface PathSegment {
  name: string;
  pos: Position;
}

/** The syntax tree the parser produces: names exactly as written, nothing resolved yet. */
export type Expr =
  | { kind: 'number'; value: string; pos: Position }
  | { kind: 'text'; value: string; pos: Position }
  | { kind: 'boolean'; value: boolean; pos: Position }
  | { kind: 'null'; pos: Position }
  | { kind: 'field'; segments: PathSegment[]; pos: Position }
  | { kind: 'unary'; op: UnaryOp; operand: Expr; pos: Position }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: Position }
  | { kind: 'call'; name: string; args: Expr[]; pos: Position };

/**
 * The types values have inside a formula. Number stands for Number, Currency and Percent;
 * Boolean for Checkbox. Picklists are a type of their own because only a few functions take them.
 * `Null` is the type of the NULL literal and fits anywhere.
 */
export type FormulaType = 'Number' | 'Text' | 'Boolean' | 'Date' | 'DateTime' | 'Picklist' | 'MultiPicklist' | 'Null';

/** The checked tree: every field resolved to its run-time path, every node typed. */
export type TypedExpr =
  | { kind: 'literal'; type: FormulaType; value: FormulaValue; pos: Position }
  | {
      kind: 'field';
      type: FormulaType;
      /** Run-time API names, e.g. `['lumary__Parent__r', 'RecordType', 'DeveloperName']`. */
      path: string[];
      /** The field read, when it is one from metadata (absent for Id, RecordType.* and the like). */
      field?: FieldDef;
      pos: Position;
    }
  | {
      kind: 'unary';
      type: FormulaType;
      op: UnaryOp;
      operand: TypedExpr;
      pos: Position;
    }
  | {
      kind: 'binary';
      type: FormulaType;
      op: BinaryOp;
      left: TypedExpr;
      right: TypedExpr;
      pos: Position;
    }
  | {
      kind: 'call';
      type: FormulaType;
      name: string;
      args: TypedExpr[];
      pos: Position;
    };

export type TypedField = Extract<TypedExpr, { kind: 'field' }>;
export type TypedCall = Extract<TypedExpr, { kind: 'call' }>;
