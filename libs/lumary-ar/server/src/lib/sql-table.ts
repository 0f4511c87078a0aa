import type { ObjectDef } from '@platform/metadata';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * An object's table and columns, named from its metadata: the package's SQL never spells a
 * column itself, so it follows whatever the schema planner built.
 */
export class SqlTable {
  readonly name: string;

  constructor(readonly object: ObjectDef) {
    this.name = quote(object.table);
  }

  col(fieldApiName: string): string {
    const field = this.object.fields.get(fieldApiName.toLowerCase());
    if (!field?.column) throw new Error(`${this.object.apiName}.${fieldApiName} has no column`);
    return quote(field.column);
  }
}
