import type { Registry } from '@platform/metadata';
import { hasOwner, masterOf, SHARING_DEFAULT_TABLE } from '@platform/storage';
import type { DataSource } from 'typeorm';
import { EngineError, type RecordError } from '../engine.errors';
import { q } from './record-rows';
import { packageSharingModel, SHARING_MODELS, sharingDefaults, type SharingModel } from './sharing';
import { inTenantId } from './tenant-transaction';

/** One object's organisation-wide default as Setup shows it. */
export interface ObjectSharingDefault {
  object: string;
  label: string;
  /** A master-detail child's is ControlledByParent: its records follow their master's. */
  sharingModel: SharingModel | 'ControlledByParent';
  /** The master a ControlledByParent object follows. */
  controlledBy?: string;
}

/** Every object with owners, with the tenant's default for it (its package's, else Public Read/Write, when none is set). */
export async function sharingDefaultsOf(dataSource: DataSource, registry: Registry, tenantId: string): Promise<ObjectSharingDefault[]> {
  const defaults = await inTenantId(dataSource, tenantId, (manager) => sharingDefaults(manager, tenantId));
  return registry.objects
    .filter(hasOwner)
    .map((object) => {
      const parent = masterOf(object, registry);
      return parent
        ? { object: object.apiName, label: object.label, sharingModel: 'ControlledByParent' as const, controlledBy: parent.master.apiName }
        : {
            object: object.apiName,
            label: object.label,
            sharingModel: defaults.get(object.apiName.toLowerCase()) ?? packageSharingModel(object),
          };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Sets objects' organisation-wide defaults (an admin's; the caller checks). Every problem is named
 * at once (`objects.<Object>`), and nothing is written unless all are right. A user's next
 * request sees the new defaults.
 */
export async function saveSharingDefaults(
  dataSource: DataSource,
  registry: Registry,
  tenantId: string,
  changes: Record<string, unknown>,
): Promise<ObjectSharingDefault[]> {
  const errors: RecordError[] = [];
  const rows: [string, SharingModel][] = [];
  for (const [name, model] of Object.entries(changes)) {
    const object = registry.object(name);
    const field = `objects.${name}`;
    if (!object || !hasOwner(object)) {
      errors.push({ errorCode: 'INVALID_FIELD', message: `No object named '${name}' has sharing settings`, fields: [field] });
    } else if (masterOf(object, registry)) {
      const master = masterOf(object, registry)!.master.apiName;
      errors.push({
        errorCode: 'INVALID_FIELD',
        message: `${object.pluralLabel} are Controlled by Parent (${master}): set ${master}'s default instead`,
        fields: [field],
      });
    } else if (!(SHARING_MODELS as readonly unknown[]).includes(model)) {
      errors.push({
        errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        message: `${object.label}: '${String(model)}' is not a default (one of ${SHARING_MODELS.join(', ')})`,
        fields: [field],
      });
    } else rows.push([object.apiName, model as SharingModel]);
  }
  if (errors.length) throw new EngineError('invalid', errors);
  await inTenantId(dataSource, tenantId, async (manager) => {
    for (const [object, model] of rows) {
      await manager.query(
        `INSERT INTO ${q(SHARING_DEFAULT_TABLE)} ("tenant_id", "object_api_name", "access") VALUES ($1, $2, $3)
         ON CONFLICT ("tenant_id", "object_api_name") DO UPDATE SET "access" = EXCLUDED."access"`,
        [tenantId, object, model],
      );
    }
  });
  return sharingDefaultsOf(dataSource, registry, tenantId);
}
