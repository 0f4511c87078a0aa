import {
  defaultRecordTypeOf,
  isComputed,
  metadataKey,
  type FieldDef,
  type ObjectDef,
  type ObjectPermission,
  type Registry,
} from '@platform/metadata';
import { allFields, isSystemField } from '../records/system-fields';

/** What the caller may do; until permissions are enforced, everything. */
export interface DescribeAccess {
  object(object: ObjectDef): ObjectPermission;
  field(object: ObjectDef, field: FieldDef): { read: boolean; edit: boolean };
}

export const FULL_ACCESS: DescribeAccess = {
  object: () => ({ read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true }),
  field: () => ({ read: true, edit: true }),
};

/** Salesforce's describe names for our field types. */
const SOAP_TYPES: Record<string, string> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Email: 'email',
  Phone: 'phone',
  Url: 'url',
  Number: 'double',
  Currency: 'currency',
  Percent: 'percent',
  Checkbox: 'boolean',
  Date: 'date',
  DateTime: 'datetime',
  Picklist: 'picklist',
  MultiPicklist: 'multipicklist',
  Lookup: 'reference',
  MasterDetail: 'reference',
  AutoNumber: 'string',
};

/** The SOAP (XML Schema) type of each describe type, which some clients read instead of `type`. */
const XSD_TYPES: Record<string, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  double: 'xsd:double',
  currency: 'xsd:double',
  percent: 'xsd:double',
  boolean: 'xsd:boolean',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
};

/** Types Salesforce does not let GROUP BY use. */
const NOT_GROUPABLE = new Set(['double', 'currency', 'percent', 'datetime', 'textarea', 'multipicklist']);

const urlOf = (object: ObjectDef) => `/api/sobjects/${object.apiName}`;

/** `GET /api/sobjects`: the objects the caller may read. */
export function describeGlobal(registry: Registry, access: DescribeAccess = FULL_ACCESS) {
  return {
    encoding: 'UTF-8',
    sobjects: registry.objects
      .filter((o) => access.object(o).read)
      .map((object) => objectSummary(object, throughRecordsApi(object, access.object(object)))),
  };
}

/**
 * What the caller may do through the records API. An object the package writes itself (the
 * journal: `writtenByPackage`) is read there, never created, changed or deleted, so describe -
 * and the pages drawn from it - offer no New, Edit or Delete, whatever the permission sets say
 * (a set may give edit on it for the package's own actions, such as stamping an export).
 */
function throughRecordsApi(object: ObjectDef, can: ObjectPermission): ObjectPermission {
  return object.writtenByPackage ? { ...can, create: false, edit: false, delete: false } : can;
}

/** What both describes say of an object: names, labels, what the caller may do, its URLs. */
function objectSummary(object: ObjectDef, can: ObjectPermission) {
  return {
    name: object.apiName,
    label: object.label,
    labelPlural: object.pluralLabel,
    custom: object.apiName.endsWith('__c'),
    createable: can.create,
    updateable: can.edit,
    deletable: can.delete,
    queryable: can.read,
    retrieveable: can.read,
    searchable: can.read,
    layoutable: true,
    triggerable: true,
    // Ids are UUIDs: no three-character prefix tells an object from its ids.
    keyPrefix: null,
    undeletable: false,
    mergeable: false,
    replicateable: false,
    activateable: false,
    feedEnabled: false,
    customSetting: false,
    deprecatedAndHidden: false,
    urls: { sobject: urlOf(object), describe: `${urlOf(object)}/describe`, rowTemplate: `${urlOf(object)}/{ID}` },
  };
}

/** `GET /api/sobjects/{object}/describe`: fields, record types and what the caller may do. */
export function describeObject(registry: Registry, object: ObjectDef, access: DescribeAccess = FULL_ACCESS) {
  const can = throughRecordsApi(object, access.object(object));
  return {
    ...objectSummary(object, can),
    description: object.description ?? null,
    nameField: object.nameField,
    fields: allFields(object)
      .filter((f) => access.field(object, f).read)
      .map((f) => describeField(object, f, can, access.field(object, f))),
    recordTypeInfos: [...object.recordTypes.values()].map((rt) => ({
      recordTypeId: rt.apiName,
      developerName: rt.apiName,
      name: rt.label,
      description: rt.description ?? null,
      active: rt.active,
      available: rt.active && can.create,
      // Records are created with it when none is named: the one marked default, or the only active one.
      defaultRecordTypeMapping: defaultRecordTypeOf(object)?.apiName === rt.apiName,
      master: false,
      picklistValues: rt.picklistValues,
    })),
    childRelationships: childRelationships(registry, object),
  };
}

/** A field's type as describe names it (Salesforce's: `double`, `currency`, `picklist` ...). */
const describeType = (f: FieldDef): string =>
  f.apiName === 'Id' ? 'id' : f.type === 'Formula' ? formulaType(f) : f.type === 'Summary' ? 'double' : SOAP_TYPES[f.type];

/** Whether SOQL's GROUP BY may use the field (describe's `groupable`). */
export const isGroupable = (f: FieldDef): boolean =>
  !NOT_GROUPABLE.has(describeType(f)) && f.type !== 'Formula' && f.type !== 'LongTextArea';

function describeField(object: ObjectDef, f: FieldDef, can: ObjectPermission, fls: { edit: boolean }) {
  const system = isSystemField(f);
  const computed = isComputed(f);
  const writable = !computed && (!system || f.apiName === 'RecordTypeId') && fls.edit;
  const type = describeType(f);
  return {
    name: f.apiName,
    label: f.label,
    type,
    soapType: XSD_TYPES[type] ?? 'xsd:string',
    platformType: f.apiName === 'Id' ? 'Id' : f.type,
    length: f.length ?? 0,
    precision: f.precision ?? 0,
    scale: f.scale ?? 0,
    nillable: !(f.required || f.type === 'MasterDetail' || f.type === 'Checkbox' || system),
    required: f.required || f.type === 'MasterDetail',
    createable: writable && can.create,
    // A package's master-detail is set once; a tenant's may be changed (Salesforce's "allow
    // reparenting"), so the records that existed before it was added can be given a master.
    updateable: writable && can.edit && (f.type !== 'MasterDetail' || !!f.custom),
    calculated: f.type === 'Formula' || f.type === 'Summary',
    calculatedFormula: f.formula ?? null,
    autoNumber: f.type === 'AutoNumber',
    unique: f.unique,
    externalId: f.externalId,
    nameField: f.apiName === object.nameField,
    idLookup: f.apiName === 'Id' || !!f.externalId || (!!f.unique && !NOT_GROUPABLE.has(type)),
    groupable: isGroupable(f),
    aggregatable: !['textarea', 'multipicklist'].includes(type),
    caseSensitive: false,
    defaultedOnCreate: system || f.type === 'Checkbox' || f.type === 'AutoNumber' || f.defaultValue !== undefined,
    dependentPicklist: false,
    digits: 0,
    encrypted: false,
    htmlFormatted: false,
    namePointing: (f.referenceTo?.length ?? 0) > 1,
    restrictedDelete: f.deleteConstraint === 'Restrict',
    writeRequiresMasterRead: false,
    deprecatedAndHidden: false,
    defaultValue: f.defaultValue ?? null,
    inlineHelpText: f.helpText ?? null,
    picklistValues: (f.picklist?.values ?? []).map((v) => ({ value: v.value, label: v.label, active: v.active, defaultValue: v.default })),
    restrictedPicklist: f.picklist?.restricted ?? false,
    referenceTo: f.referenceTo ?? [],
    relationshipName: f.relationshipName ?? null,
    polymorphicForeignKey: (f.referenceTo?.length ?? 0) > 1,
    cascadeDelete: f.type === 'MasterDetail',
    filterable: f.type !== 'Formula' && f.type !== 'LongTextArea',
    sortable: f.type !== 'Formula' && f.type !== 'LongTextArea' && f.type !== 'MultiPicklist',
    trackHistory: f.tracked,
    custom: f.apiName.endsWith('__c'),
  };
}

function formulaType(field: FieldDef): string {
  const byReturn: Record<string, string> = {
    Text: 'string',
    Number: 'double',
    Currency: 'currency',
    Percent: 'percent',
    Checkbox: 'boolean',
    Date: 'date',
    DateTime: 'datetime',
  };
  return byReturn[field.returnType ?? 'Text'];
}

/**
 * Each child relationship under its own plural name, as SOQL's child subqueries use it: the
 * child object's plural label (`Invoices` - custom children end in `__r`, in the child's
 * namespace), and, when one child object has several lookups to this parent, the lookup's name
 * after it (`Invoices_Debtor__r`) so no two are alike.
 */
/** A child relationship by its name (case-insensitive), as a child subquery's FROM names it. */
export function findChildRelationship(
  registry: Registry,
  parent: ObjectDef,
  name: string,
): { child: ObjectDef; field: FieldDef; relationshipName: string } | undefined {
  const found = childRelationships(registry, parent).find((r) => r.relationshipName.toLowerCase() === name.toLowerCase());
  const child = found && registry.object(found.childSObject);
  const field = found && child ? child.fields.get(metadataKey(found.field)) : undefined;
  return child && field && found ? { child, field, relationshipName: found.relationshipName } : undefined;
}

function childRelationships(registry: Registry, parent: ObjectDef) {
  const links = registry.objects.flatMap((child) =>
    [...child.fields.values()]
      .filter((f) => f.referenceTo?.some((t) => t.toLowerCase() === parent.apiName.toLowerCase()))
      .map((f) => ({ child, field: f })),
  );
  // A child's one standard lookup to the parent keeps the plain plural (Contact.AccountId is Account's
  // `Contacts`); when a child has several lookups, the custom ones (and several standard ones) add their name.
  const count = (child: ObjectDef, custom: boolean) =>
    links.filter((l) => l.child === child && l.field.apiName.endsWith('__c') === custom).length;
  return links.map(({ child, field }) => ({
    childSObject: child.apiName,
    field: field.apiName,
    relationshipName: childRelationshipName(
      child,
      field,
      count(child, true) + count(child, false) > 1 && (field.apiName.endsWith('__c') || count(child, false) > 1),
    ),
    cascadeDelete: field.type === 'MasterDetail',
    restrictedDelete: field.deleteConstraint === 'Restrict',
    deprecatedAndHidden: false,
  }));
}

function childRelationshipName(child: ObjectDef, field: FieldDef, suffixed: boolean): string {
  const words = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const namespaceOf = (name: string) => (name.split('__').length > 2 ? `${name.split('__')[0]}__` : '');
  const customChild = child.apiName.endsWith('__c');
  // A custom relationship (a custom child, or a custom lookup on a standard one) ends in __r, in its namespace.
  const customField = field.apiName.endsWith('__c');
  const custom = customChild || customField;
  const namespace = customChild ? namespaceOf(child.apiName) : customField ? namespaceOf(field.apiName) : '';
  const fieldBase = field.apiName.replace(/__c$/, '').split('__').pop() ?? field.apiName;
  const base = `${words(child.pluralLabel)}${suffixed ? `_${words(fieldBase)}` : ''}`;
  return custom ? `${namespace}${base}__r` : base;
}
