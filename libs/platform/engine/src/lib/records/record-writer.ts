import { evaluate, FormulaEvalError } from '@platform/formula';
import { defaultRecordTypeOf, isComputed, polymorphicTypeColumn, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';
import { constraintName, hasOwner, OWNER_COLUMN } from '@platform/storage';
import type { DataSource, EntityManager } from 'typeorm';
import { EngineError, type EngineErrorCode, type RecordError } from '../engine.errors';
import type { FormulaCache } from '../formulas/formula-cache';
import { RecordFormulaEnv } from '../formulas/record-formula-env';
import type { TriggerRegistry } from '../triggers/trigger-registry';
import { takeAutoNumbers, takeAutoNumbersIn } from './autonumber';
import { indexRecords, touchesIndex, unindexRecords } from './custom-index';
import { toDb } from './field-codec';
import { recordHistory } from './field-history';
import { isCustomStored, loadRow, q, rowToValues, type RecordValues } from './record-rows';
import type { RequestContext } from './request-context';
import { RollupMaintainer } from './rollups';
import { customFieldSql } from '../query/query-sql';
import { asSystem, asUser, mayTransfer } from './sharing';
import { dropRecordShares, hasSharingRules, refreshRuleShares, shareableObject } from './sharing-rules';
import { fieldOf } from './system-fields';
import { inTenant } from './tenant-transaction';

/** A package's own write, inside the transaction it already holds (see RecordEngine.within). */
export interface WriteWithin {
  manager: EntityManager;
  /**
   * A user's own write in a transaction the API holds (sObject collections with allOrNone): the
   * same checks and triggers as a single request, never a package's trusted write.
   */
  untrusted?: boolean;
}

/** The custom fields among the values to write, as the jsonb object merged into `custom`; undefined when none. */
function customValues(columns: { field: FieldDef; value: unknown }[]): Record<string, unknown> | undefined {
  const custom = columns.filter((c) => c.field.custom);
  return custom.length ? Object.fromEntries(custom.map((c) => [c.field.apiName, c.value ?? null])) : undefined;
}

/** Fields the API may never write: the platform or the database computes them. */

/**
 * Inserts, updates and deletes records of any object, enforcing what its metadata says: types,
 * lengths, precision, picklists (per record type), required fields, lookups within the tenant,
 * validation rules, package triggers, history and roll-ups. Each write is one transaction:
 * any failure leaves nothing behind.
 */
export class RecordWriter {
  private readonly rollups: RollupMaintainer;

  constructor(
    private readonly registry: Registry,
    private readonly dataSource: DataSource,
    private readonly formulas: FormulaCache,
    private readonly triggers: TriggerRegistry,
  ) {
    this.rollups = new RollupMaintainer(registry, formulas);
  }

  async create(ctx: RequestContext, objectName: string, body: unknown, within?: WriteWithin): Promise<{ id: string }> {
    const object = this.objectOf(objectName);
    const input = this.parseBody(object, body, 'insert');
    // In the caller's transaction the numbers come from it too: a rolled-back write hands none out.
    const autoNumbers = within
      ? await takeAutoNumbersIn(within.manager, ctx.tenantId, object)
      : await takeAutoNumbers(this.dataSource, ctx.tenantId, object);
    const trusted = !!within && !within.untrusted;
    return this.transaction(ctx, within, (manager) =>
      // Access is checked (the object above, the lookups in check()): the rest sees the whole tenant.
      asSystem(manager, async () => {
        const record: RecordValues = { ...defaults(object), ...input, ...autoNumbers };
        if (!record['RecordTypeId']) record['RecordTypeId'] = defaultRecordType(object);
        if (hasOwner(object)) record['OwnerId'] = input['OwnerId'] ?? ctx.userId;
        await this.triggers.run('beforeInsert', { ctx, manager, object, record, trusted });
        const checked = await this.check(manager, ctx, object, record, undefined);
        const columns = checked.filter((c) => !c.field.custom);
        if (hasOwner(object)) {
          if (record['OwnerId'] !== ctx.userId) await this.checkOwner(manager, ctx, record['OwnerId']);
          columns.push({ field: fieldOf(object, 'OwnerId')!, column: OWNER_COLUMN, value: record['OwnerId'] ?? null });
        }
        const custom = customValues(checked);
        const rows = (await manager
          .query(
            `INSERT INTO ${q(object.table)} ("tenant_id", "record_type", "created_by_id", "last_modified_by_id", "custom"${columns.map((c) => `, ${q(c.column)}`).join('')})
         VALUES ($1, $2, $3, $3, $4::jsonb${columns.map((_, i) => `, $${i + 5}`).join('')}) RETURNING *`,
            [ctx.tenantId, record['RecordTypeId'] ?? null, ctx.userId, JSON.stringify(custom ?? {}), ...columns.map((c) => c.value)],
          )
          .catch((e: unknown) => rethrowConstraint(object, e))) as Record<string, unknown>[];
        const saved = rowToValues(object, rows[0]);
        const id = saved['Id'] as string;
        // The tenant's indexed and unique custom fields, in the shared pivots, in this transaction.
        await indexRecords(manager, ctx.tenantId, object, [id], undefined, true);
        await recordHistory(manager, ctx, object, id, undefined, record);
        await this.shareByRules(manager, ctx, object, id);
        await this.rollups.afterWrite(manager, ctx, object, undefined, record);
        await this.triggers.run('afterInsert', { ctx, manager, object, id, record: saved, trusted });
        return { id };
      }),
    );
  }

  async update(
    ctx: RequestContext,
    objectName: string,
    id: string,
    body: unknown,
    expectedVersion?: number,
    within?: WriteWithin,
  ): Promise<void> {
    const object = this.objectOf(objectName);
    const input = this.parseBody(object, body, 'update');
    const trusted = !!within && !within.untrusted;
    await this.transaction(ctx, within, async (manager) => {
      const old = await this.existing(manager, ctx, object, id, expectedVersion);
      const transfer = hasOwner(object) && 'OwnerId' in input && (input['OwnerId'] ?? null) !== (old['OwnerId'] ?? null);
      if (transfer) await this.checkTransfer(manager, ctx, object, old, input['OwnerId']);
      // The user may edit the record (existing() locked it under their sharing): the rest sees the whole tenant.
      await asSystem(manager, async () => {
        const record: RecordValues = { ...old, ...input };
        await this.triggers.run('beforeUpdate', { ctx, manager, object, id, record, old, trusted });
        const checked = await this.check(manager, ctx, object, record, old);
        const changedAll = checked.filter((c) => !sameValue(c.value, toDbValue(c.field, old[c.field.apiName])) || c.typeOf);
        const fixed = object.appendOnly
          ? changedAll.filter((c) => !object.appendOnly!.updatable.includes(c.field.apiName)).map((c) => c.field.apiName)
          : [];
        if (fixed.length)
          throw appendOnly(
            'forbidden',
            'INSUFFICIENT_ACCESS',
            `${object.pluralLabel} are append-only: ${fixed.join(', ')} cannot change.`,
            fixed,
          );
        const changed = changedAll.filter((c) => !c.field.custom);
        if (transfer) changed.push({ field: fieldOf(object, 'OwnerId')!, column: OWNER_COLUMN, value: input['OwnerId'] });
        // Custom fields are merged into the row's jsonb: only the changed keys are written.
        const custom = customValues(changedAll);
        await manager
          .query(
            `UPDATE ${q(object.table)} SET "version" = "version" + 1, "last_modified_date" = now(), "last_modified_by_id" = $3, "record_type" = $4, "custom" = "custom" || $5::jsonb${changed
              .map((c, i) => `, ${q(c.column)} = $${i + 6}`)
              .join('')} WHERE "tenant_id" = $1 AND "id" = $2`,
            [ctx.tenantId, id, ctx.userId, record['RecordTypeId'] ?? null, JSON.stringify(custom ?? {}), ...changed.map((c) => c.value)],
          )
          .catch((e: unknown) => rethrowConstraint(object, e));
        const touched = changedAll.filter((c) => c.field.custom).map((c) => c.field);
        if (
          touchesIndex(
            object,
            touched.map((f) => f.apiName),
          )
        )
          await indexRecords(manager, ctx.tenantId, object, [id], touched);
        await recordHistory(manager, ctx, object, id, old, record);
        await this.shareByRules(manager, ctx, object, id);
        await this.rollups.afterWrite(manager, ctx, object, old, record);
        const saved = (await loadRow(manager, object, ctx.tenantId, id))!;
        await this.triggers.run('afterUpdate', { ctx, manager, object, id, record: saved, old, trusted });
      });
    });
  }

  async remove(ctx: RequestContext, objectName: string, id: string, expectedVersion?: number, within?: WriteWithin): Promise<void> {
    const object = this.objectOf(objectName);
    await this.transaction(ctx, within, async (manager) => {
      const old = await this.existing(manager, ctx, object, id, expectedVersion);
      // The user may delete it (existing() locked it under their sharing): the rest sees the whole tenant.
      await asSystem(manager, () => this.removeChecked(manager, ctx, object, id, old));
    });
  }

  private async removeChecked(
    manager: EntityManager,
    ctx: RequestContext,
    object: ObjectDef,
    id: string,
    old: RecordValues,
  ): Promise<void> {
    {
      await this.triggers.run('beforeDelete', { ctx, manager, object, id, record: old, old });
      if (object.appendOnly)
        throw appendOnly('conflict', 'DELETE_FAILED', `${object.pluralLabel} are append-only: a record is never deleted.`, []);
      await this.restrictUnkeyedReferences(manager, ctx, object, id);
      await manager
        .query(`DELETE FROM ${q(object.table)} WHERE "tenant_id" = $1 AND "id" = $2`, [ctx.tenantId, id])
        .catch((e: unknown) => rethrowConstraint(object, e));
      await unindexRecords(manager, ctx.tenantId, object, [id]);
      await this.releaseCustomReferences(manager, ctx, object, [id]);
      await dropRecordShares(manager, ctx.tenantId, id);
      await this.rollups.afterWrite(manager, ctx, object, old, undefined);
      await this.triggers.run('afterDelete', { ctx, manager, object, id, record: old, old });
    }
  }

  /**
   * `deleteConstraint: Restrict` for the references the database cannot key: polymorphic lookups
   * (one column, several target tables) and a tenant's custom lookups (in jsonb). A record such a
   * lookup names is not deleted: 409 DELETE_FAILED naming the first record that refers to it.
   */
  private async restrictUnkeyedReferences(manager: EntityManager, ctx: RequestContext, object: ObjectDef, id: string): Promise<void> {
    for (const child of this.registry.objects) {
      for (const field of child.fields.values()) {
        if (field.deleteConstraint !== 'Restrict' || !field.referenceTo?.some((t) => t.toLowerCase() === object.apiName.toLowerCase()))
          continue;
        const column = field.custom
          ? customFieldSql(field, '"custom"')
          : field.referenceTo.length > 1 && field.column
            ? q(field.column)
            : undefined;
        if (!column) continue; // a plain lookup column: its foreign key restricts
        const nameColumn = fieldOf(child, 'Name')?.column;
        const rows = (await manager.query(
          `SELECT ${nameColumn ? `${q(nameColumn)}::text` : '"id"::text'} AS "name" FROM ${q(child.table)} WHERE "tenant_id" = $1 AND ${column} = $2::uuid LIMIT 1`,
          [ctx.tenantId, id],
        )) as { name: string }[];
        if (rows[0]) {
          throw new EngineError('conflict', [
            {
              errorCode: 'DELETE_FAILED',
              message: `This ${object.label} cannot be deleted: ${child.label} ${rows[0].name} refers to it in ${field.label} (${child.apiName}.${field.apiName}). Deactivate it instead, or remove what refers to it first.`,
              fields: [],
            },
          ]);
        }
      }
    }
  }

  /**
   * A tenant's custom lookups and master-detail fields have no foreign key (they live in jsonb).
   * When their records go, the lookups are cleared, as a package lookup's SetNull does, and the
   * details of a master-detail are deleted too, as a package's Cascade does, and so on down.
   */
  private async releaseCustomReferences(manager: EntityManager, ctx: RequestContext, object: ObjectDef, ids: string[]): Promise<void> {
    for (const child of this.registry.objects) {
      for (const field of child.fields.values()) {
        if (!field.custom || !field.referenceTo?.some((t) => t.toLowerCase() === object.apiName.toLowerCase())) continue;
        const points = `"tenant_id" = $1 AND ${customFieldSql(field, '"custom"')} = ANY($2::uuid[])`;
        if (field.type === 'Lookup') {
          await manager.query(`UPDATE ${q(child.table)} SET "custom" = "custom" || jsonb_build_object($3::text, NULL) WHERE ${points}`, [
            ctx.tenantId,
            ids,
            field.apiName,
          ]);
        } else if (field.type === 'MasterDetail') {
          // Wrapped in a SELECT, the deleted ids come back as plain rows (a bare DELETE comes back from TypeORM as [rows, count]).
          const details = (await manager
            .query(`WITH "gone" AS (DELETE FROM ${q(child.table)} WHERE ${points} RETURNING "id") SELECT "id" FROM "gone"`, [
              ctx.tenantId,
              ids,
            ])
            .catch((e: unknown) => rethrowConstraint(child, e))) as { id: string }[];
          await unindexRecords(
            manager,
            ctx.tenantId,
            child,
            details.map((r) => r.id),
          );
          if (details.length)
            await this.releaseCustomReferences(
              manager,
              ctx,
              child,
              details.map((r) => r.id),
            );
        }
      }
    }
  }

  /** The caller's transaction when there is one (a package's trusted write), else a new tenant transaction. */
  /** The record's rule shares, recomputed in the write's transaction: one that stops matching a rule loses its share. */
  private async shareByRules(manager: EntityManager, ctx: RequestContext, object: ObjectDef, id: string): Promise<void> {
    if (!shareableObject(this.registry, object.apiName) || !(await hasSharingRules(manager, ctx.tenantId, object))) return;
    await refreshRuleShares(manager, this.registry, ctx.tenantId, object, [id]);
  }

  private transaction<T>(ctx: RequestContext, within: WriteWithin | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return within ? work(within.manager) : inTenant(this.dataSource, ctx, work);
  }

  objectOf(name: string): ObjectDef {
    const object = typeof name === 'string' ? this.registry.object(name) : undefined;
    if (!object) throw EngineError.notFound(`The requested resource does not exist: no object named '${name}'`);
    return object;
  }

  private async existing(manager: EntityManager, ctx: RequestContext, object: ObjectDef, id: string, expectedVersion?: number) {
    // An append-only table cannot be locked FOR UPDATE by the app role: its writes are refused below.
    // FOR UPDATE passes the row through the user's edit sharing (the table's UPDATE policy): a
    // record they see but may not change answers 403, one they cannot see 404, as another tenant's.
    const lockable = !object.appendOnly;
    const old = isId(id) ? await loadRow(manager, object, ctx.tenantId, id, lockable) : undefined;
    if (!old && isId(id) && lockable && (await loadRow(manager, object, ctx.tenantId, id))) {
      throw new EngineError('forbidden', [
        {
          errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
          message: `You can see this ${object.label} but not change it: it is shared with you read-only.`,
          fields: [],
        },
      ]);
    }
    if (!old) throw EngineError.notFound(`The requested resource does not exist: no ${object.label} with id '${id}'`);
    if (expectedVersion !== undefined && old['Version'] !== expectedVersion) {
      throw new EngineError('stale', [
        {
          errorCode: 'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE',
          message: `This ${object.label} was changed by someone else after you read it (it is now at version ${old['Version']}, you had version ${expectedVersion}); reload it and try again.`,
          fields: [],
        },
      ]);
    }
    return old;
  }

  /** The body's fields, each checked for its type; every problem is reported at once. */
  private parseBody(object: ObjectDef, body: unknown, operation: 'insert' | 'update'): RecordValues {
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw EngineError.invalid('JSON_PARSER_ERROR', 'The request body must be a JSON object of field names and values.');
    }
    const values: RecordValues = {};
    const errors: RecordError[] = [];
    const blanked: string[] = [];
    for (const [name, raw] of Object.entries(body as Record<string, unknown>)) {
      if (name === 'attributes') continue;
      const field = fieldOf(object, name);
      if (!field) {
        errors.push({
          errorCode: 'INVALID_FIELD',
          message: `No such column '${name}' on sobject of type ${object.apiName}`,
          fields: [name],
        });
      } else if (field.apiName === 'RecordTypeId') {
        const recordType = recordTypeOf(object, raw);
        if (typeof recordType === 'string') values['RecordTypeId'] = recordType;
        else errors.push(recordType);
      } else if (isComputed(field) || isSystem(field)) {
        errors.push({
          errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
          message: `Unable to ${operation === 'insert' ? 'create' : 'update'} ${field.label} (${field.apiName}): the field is not writable`,
          fields: [field.apiName],
        });
      } else {
        const coerced = toDb(field, raw);
        if (coerced.ok)
          values[field.apiName] = field.type === 'MultiPicklist' && Array.isArray(coerced.value) ? coerced.value.join(';') : coerced.value;
        else errors.push(coerced.error);
        if (coerced.ok && coerced.value === null && (field.required || field.type === 'MasterDetail')) blanked.push(field.apiName);
      }
    }
    if (errors.length) {
      // Refused already: a required field the body blanks is named too, so every problem is reported
      // at once (the whole-record check that would name it never runs).
      if (blanked.length)
        errors.unshift({
          errorCode: 'REQUIRED_FIELD_MISSING',
          message: `Required fields are missing: [${blanked.join(', ')}]`,
          fields: blanked,
        });
      throw new EngineError('invalid', errors);
    }
    return values;
  }

  /**
   * The checks that need the whole record (after before-triggers): types again, required fields,
   * picklist values of the record type, lookups, then validation rules. Returns the columns to write.
   */
  private async check(manager: EntityManager, ctx: RequestContext, object: ObjectDef, record: RecordValues, old: RecordValues | undefined) {
    const errors: RecordError[] = [];
    const columns: { field: FieldDef; column: string; value: unknown; typeOf?: boolean }[] = [];
    const missing: string[] = [];
    if (object.recordTypes.size > 0 && !record['RecordTypeId']) missing.push('RecordTypeId');
    for (const field of object.fields.values()) {
      if (!(field.column || isCustomStored(field)) || field.type === 'Formula' || field.type === 'Summary') continue;
      if (field.type === 'AutoNumber') {
        if (!old) columns.push({ field, column: field.column ?? '', value: record[field.apiName] });
        continue;
      }
      const coerced = toDb(field, record[field.apiName]);
      if (!coerced.ok) {
        errors.push(coerced.error);
        continue;
      }
      if (
        (field.required || field.type === 'MasterDetail') &&
        (coerced.value === null || (Array.isArray(coerced.value) && !coerced.value.length))
      ) {
        missing.push(field.apiName);
        continue;
      }
      const picklistError = recordTypePicklistError(object, record['RecordTypeId'] as string | null, field, coerced.value);
      if (picklistError) errors.push(picklistError);
      columns.push({ field, column: field.column ?? '', value: coerced.value });
    }
    if (missing.length) {
      errors.unshift({
        errorCode: 'REQUIRED_FIELD_MISSING',
        message: `Required fields are missing: [${missing.join(', ')}]`,
        fields: missing,
      });
    }
    if (errors.length) throw new EngineError('invalid', errors);

    for (const column of columns.filter((c) => c.field.referenceTo && c.value)) {
      const target = await this.lookupTarget(manager, ctx, column.field, column.value as string);
      if (!target) {
        errors.push({
          errorCode: 'INVALID_CROSS_REFERENCE_KEY',
          message: `${column.field.label} (${column.field.apiName}): no ${column.field.referenceTo!.join(' or ')} with id '${column.value}'`,
          fields: [column.field.apiName],
        });
      } else if (column.field.referenceTo!.length > 1) {
        record[`${column.field.apiName}.type`] = target;
        columns.push({ field: column.field, column: polymorphicTypeColumn(column.column), value: target, typeOf: true });
      }
    }
    if (errors.length) throw new EngineError('invalid', errors);

    await this.runValidationRules(manager, ctx, object, record, old);
    return columns;
  }

  /** Salesforce's Transfer Record rule (see mayTransfer), then the new owner is checked like a lookup. */
  private async checkTransfer(manager: EntityManager, ctx: RequestContext, object: ObjectDef, old: RecordValues, owner: unknown) {
    if (!(await mayTransfer(manager, ctx, object, old['OwnerId']))) {
      throw new EngineError('forbidden', [
        {
          errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
          message: `Only the owner of this ${object.label}, someone above them in the role hierarchy or a user with Modify All may change its Owner (OwnerId).`,
          fields: ['OwnerId'],
        },
      ]);
    }
    await this.checkOwner(manager, ctx, owner);
  }

  /** A record's owner is an active user of the tenant. */
  private async checkOwner(manager: EntityManager, ctx: RequestContext, owner: unknown): Promise<void> {
    if (owner === null || owner === undefined) {
      if (!ctx.userId) return; // the platform's own records (seeding) may belong to nobody yet
      throw new EngineError('invalid', [
        { errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [OwnerId]', fields: ['OwnerId'] },
      ]);
    }
    const user = this.registry.object('User');
    const active = user?.fields.get('isactive')?.column;
    const rows = user
      ? ((await manager.query(`SELECT 1 FROM ${q(user.table)} WHERE "tenant_id" = $1 AND "id" = $2${active ? ` AND ${q(active)}` : ''}`, [
          ctx.tenantId,
          owner,
        ])) as unknown[])
      : [];
    if (!rows.length) {
      throw new EngineError('invalid', [
        {
          errorCode: 'INVALID_CROSS_REFERENCE_KEY',
          message: `Owner (OwnerId): no active User with id '${String(owner)}'`,
          fields: ['OwnerId'],
        },
      ]);
    }
  }

  private async lookupTarget(manager: EntityManager, ctx: RequestContext, field: FieldDef, id: string): Promise<string | undefined> {
    // A lookup may name only a record the user can see (under their sharing, even in a write's system part).
    return asUser(manager, () => this.visibleTarget(manager, ctx, field, id));
  }

  private async visibleTarget(manager: EntityManager, ctx: RequestContext, field: FieldDef, id: string): Promise<string | undefined> {
    for (const name of field.referenceTo!) {
      const target = this.registry.object(name);
      if (!target) continue;
      const rows = (await manager.query(`SELECT 1 FROM ${q(target.table)} WHERE "tenant_id" = $1 AND "id" = $2`, [
        ctx.tenantId,
        id,
      ])) as unknown[];
      if (rows.length) return target.apiName;
    }
    return undefined;
  }

  private async runValidationRules(
    manager: EntityManager,
    ctx: RequestContext,
    object: ObjectDef,
    record: RecordValues,
    old: RecordValues | undefined,
  ) {
    const rules = [...object.validationRules.values()].filter((r) => r.active);
    if (!rules.length) return;
    const compiled = rules.map((rule) => ({ rule, formula: this.formulas.rule(object, rule) }));
    const env = new RecordFormulaEnv({
      registry: this.registry,
      formulas: this.formulas,
      manager,
      ctx,
      object,
      values: record,
      prior: old,
      isNew: !old,
    });
    await env.prepare(compiled.flatMap((c) => c.formula.dependencies.fields));
    const errors: RecordError[] = [];
    for (const { rule, formula } of compiled) {
      let failed: unknown;
      try {
        failed = evaluate(formula.ast, env.env());
      } catch (error) {
        if (!(error instanceof FormulaEvalError)) throw error;
        errors.push({
          errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          message: `Validation rule ${rule.apiName} could not be evaluated: ${error.message}`,
          fields: [],
        });
        continue;
      }
      if (failed === true) {
        errors.push({
          errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          message: rule.errorMessage,
          fields: rule.errorDisplayField ? [rule.errorDisplayField] : [],
        });
      }
    }
    if (errors.length) throw new EngineError('invalid', errors);
  }
}

/** What the schema planner's grants enforce for an append-only object, said before the database refuses it. */
function appendOnly(kind: 'conflict' | 'forbidden', errorCode: EngineErrorCode, message: string, fields: string[]): EngineError {
  return new EngineError(kind, [{ errorCode, message, fields }]);
}

function isSystem(field: FieldDef): boolean {
  return ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById'].includes(field.apiName);
}

const isId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

function defaults(object: ObjectDef): RecordValues {
  const values: RecordValues = {};
  for (const field of object.fields.values()) {
    if (field.type === 'Checkbox') values[field.apiName] = field.defaultValue ?? false;
    else if (field.defaultValue !== undefined)
      values[field.apiName] = typeof field.defaultValue === 'number' ? String(field.defaultValue) : field.defaultValue;
    else if (field.picklist) {
      const dflt = field.picklist.values.find((v) => v.default);
      if (dflt) values[field.apiName] = dflt.value;
    }
  }
  return values;
}

/** An object with one active record type uses it by default; with several, the caller chooses. */
function defaultRecordType(object: ObjectDef): string | null {
  return defaultRecordTypeOf(object)?.apiName ?? null;
}

function recordTypeOf(object: ObjectDef, raw: unknown): string | RecordError {
  if (object.recordTypes.size === 0) {
    return { errorCode: 'INVALID_FIELD', message: `${object.apiName} has no record types`, fields: ['RecordTypeId'] };
  }
  const recordType = typeof raw === 'string' ? object.recordTypes.get(raw.toLowerCase()) : undefined;
  if (!recordType || !recordType.active) {
    const names = [...object.recordTypes.values()].filter((r) => r.active).map((r) => r.apiName);
    return {
      errorCode: 'INVALID_CROSS_REFERENCE_KEY',
      message: `Record Type ID: '${String(raw)}' is not a record type of ${object.apiName} (one of ${names.join(', ')})`,
      fields: ['RecordTypeId'],
    };
  }
  return recordType.apiName;
}

function recordTypePicklistError(
  object: ObjectDef,
  recordTypeName: string | null,
  field: FieldDef,
  value: unknown,
): RecordError | undefined {
  if (!field.picklist || value === null || !recordTypeName) return undefined;
  const recordType = object.recordTypes.get(recordTypeName.toLowerCase());
  const allowed =
    recordType && Object.entries(recordType.picklistValues).find(([name]) => name.toLowerCase() === field.apiName.toLowerCase())?.[1];
  if (!allowed) return undefined;
  const bad = (Array.isArray(value) ? value : [value]).find((v) => !allowed.includes(v as string));
  if (bad === undefined) return undefined;
  return {
    errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
    message: `${field.label} (${field.apiName}): bad value for restricted picklist field: ${bad} is not available for record type ${recordType!.label}`,
    fields: [field.apiName],
  };
}

function toDbValue(field: FieldDef, apiValue: unknown): unknown {
  const coerced = toDb(field, apiValue);
  return coerced.ok ? coerced.value : apiValue;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
}

/** Unique and foreign-key violations are the caller's to fix: say which field and why. */
function rethrowConstraint(object: ObjectDef, error: unknown): never {
  const pg = error as PgError & { driverError?: PgError };
  const code = pg.code ?? pg.driverError?.code;
  const constraint = pg.constraint ?? pg.driverError?.constraint;
  if (code === '23505') {
    // The constraint names the field: under row-level security PostgreSQL leaves the key out.
    const field = [...object.fields.values()].find(
      (f) => f.unique && f.column && constraintName([object.table, f.column], '__uq') === constraint,
    );
    const name = field ? `${field.label} (${field.apiName})` : 'a unique field';
    throw new EngineError('invalid', [
      {
        errorCode: 'DUPLICATE_VALUE',
        message: `duplicate value found: ${name} already has this value on another ${object.label}`,
        fields: field ? [field.apiName] : [],
      },
    ]);
  }
  if (code === '23503' || code === '23001') {
    const table = pg.table ?? pg.driverError?.table ?? 'another object';
    throw new EngineError('conflict', [
      {
        errorCode: 'DELETE_FAILED',
        message: `This ${object.label} cannot be deleted or changed that way: records of ${table} still refer to it.`,
        fields: [],
      },
    ]);
  }
  throw error;
}
