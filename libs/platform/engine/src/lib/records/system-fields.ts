import { metadataKey, type FieldDef, type ObjectDef } from '@platform/metadata';
import { hasOwner } from '@platform/storage';

/**
 * The fields every record has, as FieldDefs so that reading, filtering and sorting treat them
 * like any other. The platform writes them; the API cannot.
 */
const SYSTEM: Omit<FieldDef, 'objectApiName' | 'source'>[] = [
  sys('Id', 'id', 'Record ID', 'Lookup'),
  sys('RecordTypeId', 'record_type', 'Record Type', 'Text'),
  sys('CreatedDate', 'created_date', 'Created Date', 'DateTime'),
  sys('CreatedById', 'created_by_id', 'Created By', 'Lookup', ['User']),
  sys('LastModifiedDate', 'last_modified_date', 'Last Modified Date', 'DateTime'),
  sys('LastModifiedById', 'last_modified_by_id', 'Last Modified By', 'Lookup', ['User']),
  // Every object but User and UserRole (see hasOwner): the record's owner, the creator by default.
  sys('OwnerId', 'owner_id', 'Owner', 'Lookup', ['User']),
];

function sys(apiName: string, column: string, label: string, type: FieldDef['type'], referenceTo?: string[]) {
  return {
    apiName,
    column,
    label,
    type,
    packageName: 'Core',
    required: false,
    unique: apiName === 'Id',
    externalId: false,
    tracked: false,
    length: type === 'Text' ? 80 : undefined,
    referenceTo,
    relationshipName: apiName.endsWith('ById') || apiName === 'OwnerId' ? apiName.replace(/Id$/, '') : undefined,
  };
}

const cache = new WeakMap<ObjectDef, Map<string, FieldDef>>();

/** The system fields of an object, keyed like ObjectDef.fields (lower-cased API name). */
export function systemFields(object: ObjectDef): Map<string, FieldDef> {
  let fields = cache.get(object);
  if (!fields) {
    fields = new Map(
      SYSTEM.filter((f) => f.apiName !== 'OwnerId' || hasOwner(object)).map((f) => [
        metadataKey(f.apiName),
        { ...f, objectApiName: object.apiName, source: object.source },
      ]),
    );
    cache.set(object, fields);
  }
  return fields;
}

export const isSystemField = (field: FieldDef) => SYSTEM.some((s) => s.apiName === field.apiName);

/** A field of the object by API name, system fields included; case-insensitive. */
export function fieldOf(object: ObjectDef, apiName: string): FieldDef | undefined {
  const key = metadataKey(apiName);
  return object.fields.get(key) ?? systemFields(object).get(key);
}

/** Every field of the object, system fields first, as describe and SELECT * list them. */
export function allFields(object: ObjectDef): FieldDef[] {
  return [...systemFields(object).values(), ...object.fields.values()];
}
