import { Inject, Injectable } from '@nestjs/common';
import { EngineError, RecordEngine, type RequestContext } from '@platform/engine';
import type { FieldDef, LayoutDef, ListViewDef, ObjectDef, RecordPageDef } from '@platform/metadata';
import { ENGINE } from '../platform.tokens';

const RELATED_PAGE = 5;

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
    const object = this.engine.object(objectName);
    const { record, version } = await this.engine.get(ctx, object.apiName, id);
    const recordType = (record['RecordTypeId'] as string | null) ?? null;
    const layout = pick(object.layouts, recordType);
    const page = pick(object.recordPages, recordType);
    const readable = (name: string) => name in record;
    const describe = this.engine.describe(ctx, object.apiName);
    const fieldInfo = new Map(describe.fields.map((f) => [f.name, f]));
    const field = (name: string) => {
      const f = fieldInfo.get(name)!;
      return { name, label: f.label, type: f.platformType, value: record[name], editable: f.updateable, required: f.required, referenceTo: f.referenceTo };
    };
    return {
      object: { name: object.apiName, label: object.label, pluralLabel: object.pluralLabel, nameField: object.nameField },
      id,
      version,
      recordType: recordType && { name: recordType, label: object.recordTypes.get(recordType.toLowerCase())?.label ?? recordType },
      title: record[object.nameField] ?? null,
      highlights: (layout?.highlights ?? [object.nameField]).filter(readable).map(field),
      sections: (layout?.sections ?? [{ label: object.label, columns: 2 as const, fields: Object.keys(record).filter((k) => fieldInfo.has(k)) }]).map((s) => ({
        label: s.label,
        columns: s.columns,
        fields: s.fields.filter(readable).map(field),
      })),
      relatedLists: await this.relatedLists(ctx, object, layout, id),
      regions: page?.regions ?? [
        { name: 'header', components: [{ type: 'highlights' }] },
        { name: 'main', components: [{ type: 'details' }, { type: 'relatedLists' }] },
      ],
      actions: { edit: describe.updateable, delete: describe.deletable },
    };
  }

  /** The list views of an object, and the record types the user may create. */
  listViews(ctx: RequestContext, objectName: string) {
    const object = this.engine.object(objectName);
    const describe = this.engine.describe(ctx, object.apiName);
    const views = [...object.listViews.values()];
    return {
      object: { name: object.apiName, label: object.label, pluralLabel: object.pluralLabel },
      createable: describe.createable,
      recordTypes: describe.recordTypeInfos.filter((rt) => rt.available).map((rt) => ({ name: rt.developerName, label: rt.name, description: rt.description })),
      listViews: (views.length ? views : [undefined]).map((v) => ({ name: v?.apiName ?? 'All', label: v?.label ?? `All ${object.pluralLabel}` })),
    };
  }

  /** One page of a list view: its columns the user may read, its filters, record types and sort. */
  async listView(ctx: RequestContext, objectName: string, viewName: string, paging: { cursor?: string; pageSize?: number; orderBy?: string }) {
    const object = this.engine.object(objectName);
    const view = object.listViews.get(viewName.toLowerCase());
    if (!view && viewName !== 'All') throw EngineError.notFound(`No list view '${viewName}' on ${object.apiName}.`);
    const describe = this.engine.describe(ctx, object.apiName);
    const readable = new Map(describe.fields.map((f) => [f.name, f]));
    const columns = (view?.columns ?? [object.nameField]).filter((c) => readable.has(c));
    const result = await this.engine.list(ctx, object.apiName, {
      fields: ['Id', ...columns].join(','),
      where: view ? whereOf(object, view) : undefined,
      orderBy: paging.orderBy ?? view?.sort.map((s) => `${s.field} ${s.direction.toUpperCase()}`).join(', '),
      pageSize: paging.pageSize ?? 25,
      cursor: paging.cursor,
    });
    return {
      view: { name: view?.apiName ?? 'All', label: view?.label ?? `All ${object.pluralLabel}` },
      columns: columns.map((c) => ({ name: c, label: readable.get(c)!.label, type: readable.get(c)!.platformType })),
      totalSize: result.totalSize ?? null,
      records: result.records,
      nextCursor: result.nextCursor ?? null,
    };
  }

  private async relatedLists(ctx: RequestContext, object: ObjectDef, layout: LayoutDef | undefined, id: string) {
    const lists = [];
    for (const related of layout?.relatedLists ?? []) {
      const child = this.engine.registry.object(related.object);
      if (!child || ctx.access?.denial(child)) continue;
      const childDescribe = this.engine.describe(ctx, child.apiName);
      const readable = new Map(childDescribe.fields.map((f) => [f.name, f]));
      if (!readable.has(related.field)) continue;
      const columns = related.columns.filter((c) => readable.has(c));
      const page = await this.engine.list(ctx, child.apiName, {
        fields: ['Id', ...columns].join(','),
        where: `${related.field} = '${id}'`,
        pageSize: RELATED_PAGE,
      });
      lists.push({
        label: related.label ?? child.pluralLabel,
        object: child.apiName,
        field: related.field,
        columns: columns.map((c) => ({ name: c, label: readable.get(c)!.label, type: readable.get(c)!.platformType })),
        totalSize: page.totalSize ?? null,
        records: page.records,
        createable: childDescribe.createable,
      });
    }
    return lists;
  }
}

/**
 * The layout (or record page) assigned to the record type, else the default one. Packages load
 * after those they depend on, so searching from the last one lets a package's layout for an
 * object it extends (Lumary AR's Client layout of Contact) take over from the core's.
 */
function pick<T extends LayoutDef | RecordPageDef>(defs: Map<string, T>, recordType: string | null): T | undefined {
  const all = [...defs.values()].reverse();
  return (
    all.find((d) => recordType && d.recordTypes.some((rt) => rt.toLowerCase() === recordType.toLowerCase())) ??
    all.find((d) => d.recordTypes.length === 0) ??
    all[0]
  );
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
