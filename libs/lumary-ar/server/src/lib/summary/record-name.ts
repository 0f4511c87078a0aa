import { checkFormula, evaluate, formulaDependencies, type TypedExpr } from '@platform/formula';
import { metadataKey, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';
import type { Instant, LocalDate } from '@js-joda/core';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * An object's record name in plain SQL: the name field's column, or, when the name is a formula
 * over the record's own fields (Contact's `TRIM(FirstName & " " & LastName)`), the columns it
 * reads, with the formula computed after the fetch. So a repository can join a name without
 * spelling the formula a second time.
 */
export class RecordName {
  private readonly inputs: FieldDef[];
  private readonly ast?: TypedExpr;

  constructor(registry: Registry, object: ObjectDef) {
    const field = object.fields.get(metadataKey(object.nameField));
    if (!field) throw new Error(`${object.apiName} has no name field ${object.nameField}`);
    if (field.type !== 'Formula') {
      this.inputs = [field];
      return;
    }
    const namespace = registry.packages.get(field.packageName)?.namespace ?? '';
    const checked = checkFormula(field.formula ?? '', {
      registry,
      objectApiName: object.apiName,
      namespace,
      usage: 'formulaField',
      expected: field.returnType,
    });
    if (!checked.ok) throw new Error(`${object.apiName}.${field.apiName}: ${checked.errors[0].message}`);
    this.ast = checked.ast;
    this.inputs = formulaDependencies(checked.ast).fields.map((path) => {
      const input = path.length === 1 ? object.fields.get(metadataKey(path[0])) : undefined;
      if (!input?.column)
        throw new Error(`${object.apiName}.${field.apiName} reads ${path.join('.')}: only the record's own stored fields are supported`);
      return input;
    });
  }

  /** Select-list items reading the name's inputs from the row aliased `alias`, labelled `label_0`, `label_1`… */
  select(alias: string, label: string): string {
    return this.inputs.map((f, i) => `${alias}.${quote(f.column ?? '')} AS ${quote(`${label}_${i}`)}`).join(', ');
  }

  /** The name from a row fetched with `select(…, label)`; null when the joined row is absent. */
  read(row: Record<string, unknown>, label: string, clock: { today: LocalDate; now: Instant }): string | null {
    const values = new Map(this.inputs.map((f, i) => [metadataKey(f.apiName), row[`${label}_${i}`] ?? null]));
    if (!this.ast) return (values.values().next().value as string | null) ?? null;
    if ([...values.values()].every((v) => v === null)) return null;
    const value = evaluate(this.ast, { get: (path) => values.get(metadataKey(path[0])) ?? null, today: clock.today, now: clock.now });
    return value === null ? null : String(value);
  }
}
