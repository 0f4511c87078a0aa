import type { TypedExpr } from './ast';

export interface FormulaDependencies {
  /** Field paths the formula reads (run-time names), each once, in order of appearance. */
  fields: string[][];
  /** The record's own fields whose value before the save is needed (ISCHANGED, PRIORVALUE). */
  priorValues: string[];
}

/** What the record engine must load before evaluating a checked formula. */
export function formulaDependencies(ast: TypedExpr): FormulaDependencies {
  const fields = new Map<string, string[]>();
  const priorValues = new Set<string>();
  const visit = (expr: TypedExpr): void => {
    switch (expr.kind) {
      case 'field':
        fields.set(expr.path.join('.'), expr.path);
        return;
      case 'unary':
        return visit(expr.operand);
      case 'binary':
        visit(expr.left);
        return visit(expr.right);
      case 'call':
        if (expr.name === 'ISCHANGED' || expr.name === 'PRIORVALUE') {
          const [field] = expr.args;
          if (field.kind === 'field') priorValues.add(field.path[0]);
        }
        return expr.args.forEach(visit);
      default:
        return;
    }
  };
  visit(ast);
  return { fields: [...fields.values()], priorValues: [...priorValues] };
}
