import type { SchemaPlan } from './schema-plan';

export const UP_TO_DATE = 'Schema is up to date: nothing to do.';

/** The plan as a SQL script a person can read (and run): each statement after its reason. */
export function formatPlan(plan: SchemaPlan): string {
  const lines: string[] = [];
  if (plan.statements.length === 0) {
    lines.push(plan.refused.length === 0 ? UP_TO_DATE : 'Nothing to apply.');
  }
  for (const statement of plan.statements) {
    if (statement.kind !== 'comment') {
      lines.push(`-- ${statement.kind}${statement.destructive ? ' (DESTRUCTIVE)' : ''}: ${statement.reason}`);
    }
    lines.push(`${statement.sql};`);
  }
  if (plan.refused.length > 0) lines.push('', formatRefusals(plan));
  return lines.join('\n');
}

export function formatRefusals(plan: SchemaPlan): string {
  const count = plan.refused.length;
  return [`Refused (${count} change${count === 1 ? '' : 's'}):`, ...plan.refused.map((r) => `  - ${r.message}`)].join('\n');
}
