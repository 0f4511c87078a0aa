import { z } from 'zod';
import { FORMULA_RETURN_TYPES, LIST_VIEW_OPERATORS, SUMMARY_OPERATIONS, type FieldType } from '../model';

/**
 * One zod schema per metadata file kind. All are strict: an unknown key is an error, reported
 * with its line, because a misspelt key silently ignored is a bug a reviewer never sees.
 */

const apiName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must start with a letter and hold only letters, digits and _')
  .max(40, 'must be at most 40 characters');

export const packageSchema = z.strictObject({
  name: z.string().min(1),
  namespace: z
    .string()
    .regex(/^[a-z][a-z0-9]{0,14}$/, 'must be lower-case letters and digits, at most 15')
    .optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 22.82.0'),
  description: z.string().optional(),
  licence: z.strictObject({ name: z.string().min(1), description: z.string().optional() }).optional(),
  dependencies: z.array(z.string()).default([]),
  /** Page layout assignment: per object, the layout each record type's records are shown with. */
  layoutAssignments: z.record(z.string(), z.record(z.string(), z.string())).default({}),
});

export const objectSchema = z.strictObject({
  label: z.string().min(1),
  pluralLabel: z.string().min(1),
  description: z.string().optional(),
  nameField: z.string().default('Name'),
  /** Its records are written by the package's own code, not through the record engine. */
  writtenByPackage: z.boolean().default(false),
  /**
   * The package's organisation-wide default for the object (Salesforce's sharing model): Private,
   * Read (Public Read Only), ReadWrite (Public Read/Write) or ControlledByParent (a master-detail
   * child). It holds for a tenant until the tenant's admin sets their own in Setup; left out,
   * the object is Public Read/Write.
   */
  sharingModel: z.enum(['Private', 'Read', 'ReadWrite', 'ControlledByParent']).optional(),
  /**
   * Its rows are never updated or deleted by the application's database role (a ledger): the
   * schema grants it only INSERT and SELECT, plus UPDATE of the `updatable` fields (a stamp).
   */
  appendOnly: z.union([z.literal(true), z.strictObject({ updatable: z.array(apiName).min(1) })]).optional(),
  /**
   * Double entry: at the end of every transaction, the rows sharing a `by` lookup have
   * Σ debit = Σ credit (a deferred constraint trigger, so a posting inserts its lines one by one).
   */
  balanced: z.strictObject({ by: apiName, debit: apiName, credit: apiName }).optional(),
  /** Composite indexes for the package's look-ups: each on (tenant_id, the fields in order). */
  indexes: z
    .array(
      z.strictObject({ fields: z.array(apiName).min(1, 'an index needs at least one field').max(8, 'an index holds at most 8 fields') }),
    )
    .default([]),
});

const fieldBase = {
  label: z.string().min(1),
  description: z.string().optional(),
  helpText: z.string().optional(),
  required: z.boolean().default(false),
  unique: z.boolean().default(false),
  externalId: z.boolean().default(false),
  tracked: z.boolean().default(false),
};

const textLike = (max: number, dflt: number) => ({
  ...fieldBase,
  length: z.number().int().min(1).max(max).default(dflt),
  defaultValue: z.string().optional(),
});

const numeric = (dfltPrecision: number, dfltScale: number) => ({
  ...fieldBase,
  precision: z.number().int().min(1).max(18).default(dfltPrecision),
  scale: z.number().int().min(0).max(17).default(dfltScale),
  defaultValue: z.number().optional(),
});

const picklistValue = z.union([
  z.string().min(1),
  z.strictObject({
    value: z.string().min(1),
    label: z.string().optional(),
    default: z.boolean().default(false),
    active: z.boolean().default(true),
  }),
]);

const picklist = {
  ...fieldBase,
  values: z.array(picklistValue).min(1, 'a picklist needs at least one value'),
  restricted: z.boolean().default(true),
};

const referenceList = z.union([apiName, z.array(apiName).min(1)]);

/** The per-type shape of a field file; `type` itself is checked first, with its own message. */
export const fieldSchemas: Record<FieldType, z.ZodType> = {
  Text: z.strictObject({ type: z.literal('Text'), ...textLike(255, 255) }),
  TextArea: z.strictObject({ type: z.literal('TextArea'), ...textLike(255, 255) }),
  LongTextArea: z.strictObject({
    type: z.literal('LongTextArea'),
    ...textLike(131072, 32768),
    visibleLines: z.number().int().min(1).max(50).optional(),
  }),
  Email: z.strictObject({ type: z.literal('Email'), ...textLike(80, 80) }),
  Phone: z.strictObject({ type: z.literal('Phone'), ...textLike(40, 40) }),
  Url: z.strictObject({ type: z.literal('Url'), ...textLike(255, 255) }),
  Number: z.strictObject({ type: z.literal('Number'), ...numeric(18, 0) }),
  Currency: z.strictObject({ type: z.literal('Currency'), ...numeric(18, 2) }),
  Percent: z.strictObject({ type: z.literal('Percent'), ...numeric(5, 2) }),
  Checkbox: z.strictObject({
    type: z.literal('Checkbox'),
    ...fieldBase,
    defaultValue: z.boolean().default(false),
  }),
  Date: z.strictObject({ type: z.literal('Date'), ...fieldBase }),
  DateTime: z.strictObject({ type: z.literal('DateTime'), ...fieldBase }),
  Picklist: z.strictObject({ type: z.literal('Picklist'), ...picklist }),
  MultiPicklist: z.strictObject({ type: z.literal('MultiPicklist'), ...picklist }),
  Lookup: z.strictObject({
    type: z.literal('Lookup'),
    ...fieldBase,
    referenceTo: referenceList,
    relationshipName: apiName,
    deleteConstraint: z.enum(['SetNull', 'Restrict']).default('SetNull'),
  }),
  MasterDetail: z.strictObject({
    type: z.literal('MasterDetail'),
    ...fieldBase,
    referenceTo: apiName,
    relationshipName: apiName,
  }),
  AutoNumber: z.strictObject({
    type: z.literal('AutoNumber'),
    ...fieldBase,
    displayFormat: z.string().regex(/\{0+\}/, 'must contain a number placeholder such as {000000}'),
    startingNumber: z.number().int().min(0).default(1),
  }),
  Formula: z.strictObject({
    type: z.literal('Formula'),
    label: fieldBase.label,
    description: fieldBase.description,
    helpText: fieldBase.helpText,
    returnType: z.enum(FORMULA_RETURN_TYPES),
    formula: z.string().min(1),
    scale: z.number().int().min(0).max(17).optional(),
  }),
  Summary: z.strictObject({
    type: z.literal('Summary'),
    label: fieldBase.label,
    description: fieldBase.description,
    helpText: fieldBase.helpText,
    summarizedObject: apiName,
    relationshipField: apiName,
    operation: z.enum(SUMMARY_OPERATIONS),
    summarizedField: apiName.optional(),
    filter: z.string().optional(),
  }),
};

export const recordTypeSchema = z.strictObject({
  label: z.string().min(1),
  description: z.string().optional(),
  active: z.boolean().default(true),
  /** New records that name no record type get this one (at most one per object). */
  default: z.boolean().default(false),
  picklistValues: z.record(apiName, z.array(z.string().min(1)).min(1)).default({}),
});

export const validationRuleSchema = z.strictObject({
  active: z.boolean().default(true),
  description: z.string().optional(),
  errorConditionFormula: z.string().min(1),
  errorMessage: z.string().min(1),
  errorDisplayField: apiName.optional(),
});

export const layoutSchema = z.strictObject({
  label: z.string().min(1),
  recordTypes: z.array(apiName).default([]),
  highlights: z.array(apiName).max(7).default([]),
  sections: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        columns: z.union([z.literal(1), z.literal(2)]).default(2),
        fields: z.array(apiName).default([]),
      }),
    )
    .min(1),
  relatedLists: z
    .array(
      z.strictObject({
        object: apiName,
        field: apiName,
        label: z.string().optional(),
        columns: z.array(apiName).min(1),
      }),
    )
    .default([]),
});

const recordPageComponent = z.union([
  z.strictObject({ type: z.literal('highlights') }),
  z.strictObject({ type: z.literal('details') }),
  z.strictObject({ type: z.literal('relatedLists') }),
  z.strictObject({
    type: z.literal('component'),
    name: z.string().regex(/^[a-z][a-zA-Z0-9]*:[a-zA-Z][a-zA-Z0-9]*$/, 'must be namespace:componentName'),
    properties: z.record(z.string(), z.unknown()).default({}),
  }),
]);

export const recordPageSchema = z.strictObject({
  label: z.string().min(1),
  recordTypes: z.array(apiName).default([]),
  regions: z
    .array(
      z.strictObject({
        name: z.enum(['header', 'main', 'sidebar']),
        components: z.array(recordPageComponent).min(1),
      }),
    )
    .min(1),
});

export const listViewSchema = z.strictObject({
  label: z.string().min(1),
  columns: z.array(apiName).min(1),
  filters: z
    .array(
      z.strictObject({
        field: apiName,
        operator: z.enum(LIST_VIEW_OPERATORS),
        value: z.unknown().optional(),
      }),
    )
    .default([]),
  recordTypes: z.array(apiName).default([]),
  sort: z.array(z.strictObject({ field: apiName, direction: z.enum(['asc', 'desc']).default('asc') })).default([]),
});

export const appSchema = z.strictObject({
  label: z.string().min(1),
  description: z.string().optional(),
  icon: z.string().optional(),
  tabs: z.array(apiName).default([]),
  dashboard: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        description: z.string().optional(),
        icon: z.string().optional(),
        object: apiName,
        listView: apiName.optional(),
      }),
    )
    .default([]),
});

const objectPermission = z.strictObject({
  read: z.boolean().default(false),
  create: z.boolean().default(false),
  edit: z.boolean().default(false),
  delete: z.boolean().default(false),
  viewAll: z.boolean().default(false),
  modifyAll: z.boolean().default(false),
});

export const permissionSetSchema = z.strictObject({
  label: z.string().min(1),
  description: z.string().optional(),
  objects: z.record(apiName, objectPermission).default({}),
  fields: z
    .record(
      z.string().regex(/^[A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*$/, 'must be Object.Field'),
      z.strictObject({ read: z.boolean().default(false), edit: z.boolean().default(false) }),
    )
    .default({}),
  customPermissions: z.array(apiName).default([]),
  apps: z.array(apiName).default([]),
});

export const customPermissionSchema = z.strictObject({
  label: z.string().min(1),
  description: z.string().optional(),
});

/** A released field: its type, and for a lookup (or master-detail) the objects it points at. */
const releasedField = z.union([
  z.string().min(1),
  z.strictObject({ type: z.string().min(1), referenceTo: z.array(z.string().min(1)).min(1) }),
]);

/** What one released version holds, by API name as written in the package (no namespace). */
export const releasedComponentsSchema = z.strictObject({
  objects: z
    .record(
      z.string(),
      z.strictObject({
        /** An extension folder: the package adds parts to another package's object. */
        extension: z.boolean().default(false),
        fields: z.record(z.string(), releasedField).default({}),
        recordTypes: z.array(z.string()).default([]),
        validationRules: z.array(z.string()).default([]),
        layouts: z.array(z.string()).default([]),
        recordPages: z.array(z.string()).default([]),
        listViews: z.array(z.string()).default([]),
      }),
    )
    .default({}),
  apps: z.array(z.string()).default([]),
  permissionSets: z.array(z.string()).default([]),
  customPermissions: z.array(z.string()).default([]),
});

/** released.yaml: every version of the package that has been released, and what it held. */
export const releasedSchema = z.strictObject({
  releases: z.record(z.string(), releasedComponentsSchema).superRefine((releases, ctx) => {
    // Checked here rather than by a key schema, so the error names the key and its line.
    for (const version of Object.keys(releases)) {
      if (!/^\d+\.\d+\.\d+$/.test(version))
        ctx.addIssue({ code: 'custom', path: [version], message: `'${version}' must be a version like 22.82.0` });
    }
  }),
});
