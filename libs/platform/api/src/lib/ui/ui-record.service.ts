import { Inject, Injectable } from '@nestjs/common';
import { EngineError, fieldOf, inTenant, mayTransfer, RecordEngine, type RequestContext } from '@platform/engine';
import { layoutFor, type FieldDef, type LayoutDef, type ListViewDef, type ObjectDef } from '@platform/metadata';
import { ENGINE } from '../platform.tokens';
import { describeColumn, namePath, referenceOf, withReferences } from './ui-fields';
import { pickDef as pick, recordForm, recordTypeChoice } from './ui-form';

const RELATED_PAGE = 5;

/** A list view page: paging, a column to sort by and text to search the view's columns for. */
export interface ListViewOptions {
  cursor?: string;
  pageSize?: number;
  orderBy?: string;
  sort?: string;
  direction?: 'asc' | 'desc';
  search?: string;
  /** `mine`: only the records the user owns; `all` (the default): every record they may see. */
  scope?: 'mine' | 'all';
}

/** The field types the filter box searches with LIKE. */
const SEARCHABLE = new Set(['Text', 'TextArea', 'Email', 'Phone', 'Url', 'AutoNumber', 'Picklist']);

/** `'it''s'` in SOQL: the literal a list-view filter value becomes, by the field's type. */
function soqlLiteral(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (['Number', 'Currency', 'Percent', 'Checkbox', 'Date', 'DateTime'].includes(field.type)) return String(value);
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const OPERATORS: Record<string, string> = {
  equals: '=',
  notEquals: '!=',
  lessThan: '<',
  greaterThan: '>',
  lessOrEqual: '<=',
  greaterOrEqual: '>=',
};

/**
 * What the web shell draws a record page and a list view from, in one response each: the
 * layout and record page for the record's type, the field values the user may read, and the
 * first page of each related list - all already filtered by the user's access.
 */
@Injectable()
export class UiRecordService {
  constructor(@Inject(ENGINE) private readonly engine: RecordEngine) {}

  async recordPage(ctx: RequestContext, objectName: string, id: string) {
    const object = await this.engine.objectFor(ctx, objectName);
    const { record, version } = await this.engine.get(ctx, object.apiName, id);
    const recordType = (record['RecordTypeId'] as string | null) ?? null;
    const layout = layoutFor(object, recordType);
    const page = pick(object.recordPages, recordType);
    const readable = (name: string) => name in record;
    const describe = await this.engine.describe(ctx, object.apiName);
    const fieldInfo = new Map(describe.fields.map((f) => [f.name, f]));
    const names = await this.lookupNames(ctx, object, id, Object.keys(record));
    const field = (name: string) => {
      const f = fieldInfo.get(name)!;
      const def = object.fields.get(name.toLowerCase());
      return {
        ...(def
          ? describeColumn(this.engine, def, f.label)
          : {
              name,
              label: f.label,
              type: f.platformType,
              displayType: f.platformType,
              relationshipName: null,
              referenceTo: f.referenceTo,
              scale: null,
            }),
        value: record[name],
        reference: def ? referenceOf(this.engine, def, { ...names, [name]: record[name] }) : null,
        editable: f.updateable,
        required: f.required,
      };
    };
    return {
      object: { name: object.apiName, label: object.label, pluralLabel: object.pluralLabel, nameField: object.nameField },
      id,
      version,
      recordType: recordType && { name: recordType, label: object.recordTypes.get(recordType.toLowerCase())?.label ?? recordType },
      title: record[object.nameField] ?? null,
      highlights: (layout?.highlights ?? [object.nameField]).filter(readable).map(field),
      sections: (
        layout?.sections ?? [{ label: object.label, columns: 2 as const, fields: Object.keys(record).filter((k) => fieldInfo.has(k)) }]
      ).map((s) => ({
        label: s.label,
        columns: s.columns,
        fields: s.fields.filter(readable).map(field),
      })),
      relatedLists: await this.relatedLists(ctx, object, layout, id),
      regions: page?.regions ?? [
        { name: 'header', components: [{ type: 'highlights' }] },
        { name: 'main', components: [{ type: 'details' }, { type: 'relatedLists' }] },
      ],
      owner: await this.ownerOf(object, record, names),
      actions: {
        edit: describe.updateable,
        delete: describe.deletable,
        changeOwner: await this.mayChangeOwner(ctx, object, record, describe.updateable),
      },
    };
  }

  /** The record's owner (a User) with their name, when the object has owners and the user may read the field. */
  private async ownerOf(object: ObjectDef, record: Record<string, unknown>, names: Record<string, unknown>) {
    const def = fieldOf(object, 'OwnerId');
    if (!def || !('OwnerId' in record)) return null;
    return referenceOf(this.engine, def, { ...names, OwnerId: record['OwnerId'] });
  }

  /**
   * Whether Change Owner is offered: the user may edit records of the object, and the
   * server's transfer rule lets them (the owner, someone above them in the role hierarchy, or
   * Modify All). The PATCH checks all of it again.
   */
  private async mayChangeOwner(ctx: RequestContext, object: ObjectDef, record: Record<string, unknown>, editable: boolean) {
    if (!editable || !('OwnerId' in record)) return false;
    return inTenant(this.engine.dataSource, ctx, (manager) => mayTransfer(manager, ctx, object, record['OwnerId']));
  }

  /**
   * A lookup picker's search: records whose name contains the text, ten by name. A name that is a
   * formula (a Contact's is FirstName and LastName) cannot be filtered in SQL, so the text fields
   * it is made of are searched instead.
   */
  async lookup(ctx: RequestContext, objectName: string, term: string) {
    const object = await this.engine.objectFor(ctx, objectName);
    const name = object.fields.get(object.nameField.toLowerCase());
    const searched =
      name?.type === 'Formula'
        ? this.engine.formulas
            .field(object, name)
            .dependencies.fields.filter((path) => path.length === 1)
            .map((path) => object.fields.get(path[0].toLowerCase()))
            .filter((f): f is FieldDef => !!f && SEARCHABLE.has(f.type))
        : name
          ? [name]
          : [];
    // A user is picked among the active ones (an owner, say), as Salesforce's user lookups offer.
    const conditions = [term ? searchOf(searched, term) : undefined, object.apiName === 'User' ? 'IsActive = true' : undefined].filter(
      Boolean,
    );
    const result = await this.engine.list(ctx, object.apiName, {
      fields: `Id,${object.nameField}`,
      where: conditions.length ? conditions.map((c) => `(${c})`).join(' AND ') : undefined,
      orderBy: searched.length ? searched.map((f) => f.apiName).join(', ') : undefined,
      pageSize: 10,
    });
    return {
      records: result.records.map((r) => ({ id: r['Id'] as string, name: (r[object.nameField] as string | null) ?? (r['Id'] as string) })),
    };
  }

  /** The list views of an object, and the record types the user may create. */
  async listViews(ctx: RequestContext, objectName: string) {
    const object = await this.engine.objectFor(ctx, objectName);
    const describe = await this.engine.describe(ctx, object.apiName);
    const views = [...object.listViews.values()];
    return {
      object: { name: object.apiName, label: object.label, pluralLabel: object.pluralLabel },
      createable: describe.createable,
      recordTypes: describe.recordTypeInfos
        .filter((rt) => rt.available)
        .map((rt) => ({ name: rt.developerName, label: rt.name, description: rt.description })),
      listViews: (views.length ? views : [undefined]).map((v) => ({
        name: v?.apiName ?? 'All',
        label: v?.label ?? `All ${object.pluralLabel}`,
      })),
    };
  }

  /** One page of a list view: its columns the user may read, its filters, record types and sort. */
  async listView(ctx: RequestContext, objectName: string, viewName: string, options: ListViewOptions) {
    const object = await this.engine.objectFor(ctx, objectName);
    const view = object.listViews.get(viewName.toLowerCase());
    if (!view && viewName !== 'All') throw EngineError.notFound(`No list view '${viewName}' on ${object.apiName}.`);
    const describe = await this.engine.describe(ctx, object.apiName);
    const readable = new Map(describe.fields.map((f) => [f.name, f]));
    const columns = (view?.columns ?? [object.nameField]).filter((c) => readable.has(c));
    const defs = columns.map((c) => object.fields.get(c.toLowerCase())!);
    // The owner, after the view's columns (Owner.Name), and My / All records, on objects with owners.
    const ownerDef = readable.has('OwnerId') ? fieldOf(object, 'OwnerId') : undefined;
    const owned = !!fieldOf(object, 'OwnerId');
    if (options.scope === 'mine' && !owned) {
      throw EngineError.invalid('INVALID_FIELD', `${object.pluralLabel} have no owner, so no "My records".`, ['scope']);
    }
    const scope = owned ? (options.scope ?? 'all') : null;
    const conditions = [
      view ? whereOf(object, view) : undefined,
      options.search ? searchOf(defs, options.search) : undefined,
      scope === 'mine' && ctx.userId ? `OwnerId = '${ctx.userId}'` : undefined,
    ].filter(Boolean);
    const withOwner = ownerDef && !defs.includes(ownerDef) ? [...defs, ownerDef] : defs;
    const result = await this.engine.list(ctx, object.apiName, {
      fields: [...new Set(['Id', ...columns, ...(ownerDef ? ['OwnerId'] : []), ...this.namePaths(ctx, withOwner)])].join(','),
      where: conditions.length ? conditions.map((c) => `(${c})`).join(' AND ') : undefined,
      orderBy: sortOf(defs, readable, options) ?? view?.sort.map((s) => `${s.field} ${s.direction.toUpperCase()}`).join(', '),
      pageSize: options.pageSize ?? 25,
      cursor: options.cursor,
    });
    return {
      view: { name: view?.apiName ?? 'All', label: view?.label ?? `All ${object.pluralLabel}` },
      columns: defs.map((d) => ({
        ...describeColumn(this.engine, d, readable.get(d.apiName)!.label),
        sortable: readable.get(d.apiName)!.sortable,
      })),
      sort: options.sort ? { field: options.sort, direction: options.direction ?? 'asc' } : null,
      totalSize: result.totalSize ?? null,
      ownerColumn: ownerDef ? describeColumn(this.engine, ownerDef, readable.get('OwnerId')!.label) : null,
      scope,
      records: result.records.map((r) => withReferences(this.engine, withOwner, r)),
      nextCursor: result.nextCursor ?? null,
    };
  }

  /** The record types the user may create, for the New button. */
  recordTypes(ctx: RequestContext, objectName: string) {
    return recordTypeChoice(this.engine, ctx, objectName);
  }

  /** The New/Edit form of a record type. */
  recordForm(ctx: RequestContext, objectName: string, recordType: string | undefined) {
    return recordForm(this.engine, ctx, objectName, recordType);
  }

  /** The name of each lookup's target on one record, queried through the relationships. */
  private async lookupNames(ctx: RequestContext, object: ObjectDef, id: string, readable: string[]): Promise<Record<string, unknown>> {
    // The owner's name too (a system field, not among the object's own).
    const defs = readable
      .map((n) => object.fields.get(n.toLowerCase()) ?? (n === 'OwnerId' ? fieldOf(object, n) : undefined))
      .filter((f): f is FieldDef => !!f);
    const paths = this.namePaths(ctx, defs);
    if (!paths.length) return {};
    const page = await this.engine.list(ctx, object.apiName, { fields: ['Id', ...paths].join(','), where: `Id = '${id}'`, pageSize: 1 });
    return page.records[0] ?? {};
  }

  private namePaths(ctx: RequestContext, fields: FieldDef[]): string[] {
    return fields.map((f) => namePath(this.engine, ctx, f)).filter((p): p is string => !!p);
  }

  private async relatedLists(ctx: RequestContext, object: ObjectDef, layout: LayoutDef | undefined, id: string) {
    const lists = [];
    for (const related of layout?.relatedLists ?? []) {
      const child = (await this.engine.registryFor(ctx)).object(related.object);
      if (!child || ctx.access?.denial(child)) continue;
      const childDescribe = await this.engine.describe(ctx, child.apiName);
      const readable = new Map(childDescribe.fields.map((f) => [f.name, f]));
      if (!readable.has(related.field)) continue;
      const columns = related.columns.filter((c) => readable.has(c));
      const defs = columns.map((c) => child.fields.get(c.toLowerCase())!);
      const page = await this.engine.list(ctx, child.apiName, {
        fields: ['Id', ...columns, ...this.namePaths(ctx, defs)].join(','),
        where: `${related.field} = '${id}'`,
        pageSize: RELATED_PAGE,
      });
      lists.push({
        label: related.label ?? child.pluralLabel,
        object: child.apiName,
        field: related.field,
        columns: defs.map((d) => describeColumn(this.engine, d, readable.get(d.apiName)!.label)),
        totalSize: page.totalSize ?? null,
        records: page.records.map((r) => withReferences(this.engine, defs, r)),
        createable: childDescribe.createable,
      });
    }
    return lists;
  }
}

function whereOf(object: ObjectDef, view: ListViewDef): string | undefined {
  const parts: string[] = [];
  if (view.recordTypes.length) parts.push(`RecordTypeId IN (${view.recordTypes.map((rt) => `'${rt}'`).join(', ')})`);
  for (const filter of view.filters) {
    const field = object.fields.get(filter.field.toLowerCase());
    if (!field) continue;
    if (filter.operator === 'isNull') parts.push(`${field.apiName} = null`);
    else if (filter.operator === 'isNotNull') parts.push(`${field.apiName} != null`);
    else if (filter.operator === 'contains') parts.push(`${field.apiName} LIKE ${soqlLiteral(field, `%${String(filter.value)}%`)}`);
    else if (filter.operator === 'startsWith') parts.push(`${field.apiName} LIKE ${soqlLiteral(field, `${String(filter.value)}%`)}`);
    else if (filter.operator === 'in') {
      const values = Array.isArray(filter.value) ? filter.value : [filter.value];
      parts.push(`${field.apiName} IN (${values.map((v) => soqlLiteral(field, v)).join(', ')})`);
    } else parts.push(`${field.apiName} ${OPERATORS[filter.operator]} ${soqlLiteral(field, filter.value)}`);
  }
  return parts.length ? parts.join(' AND ') : undefined;
}

/**
 * The filter box: any searchable column containing the text. Field names come from the view's
 * metadata and the text becomes a quoted literal, which the query compiler binds as a parameter.
 */
function searchOf(columns: FieldDef[], text: string): string {
  const searchable = columns.filter((c) => SEARCHABLE.has(c.type));
  if (!searchable.length) return 'Id = null';
  return searchable.map((c) => `${c.apiName} LIKE ${soqlLiteral(c, `%${text}%`)}`).join(' OR ');
}

/** `sort` must be one of the view's sortable columns: anything else is refused, never guessed. */
function sortOf(columns: FieldDef[], readable: Map<string, { sortable: boolean }>, options: ListViewOptions): string | undefined {
  if (!options.sort) return options.orderBy;
  const column = columns.find((c) => c.apiName.toLowerCase() === options.sort!.toLowerCase());
  if (!column || !readable.get(column.apiName)?.sortable) {
    throw EngineError.invalid('INVALID_FIELD', `The list can be sorted by its sortable columns only, not by '${options.sort}'.`, ['sort']);
  }
  return `${column.apiName} ${options.direction === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}, Id`;
}
