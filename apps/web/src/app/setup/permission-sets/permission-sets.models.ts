/** The shapes of the permission set API (/api/permission-sets, /api/setup/users, /api/setup/custom-permissions). */

export const OBJECT_PERMISSIONS = ['read', 'create', 'edit', 'delete', 'viewAll', 'modifyAll'] as const;
export type ObjectPermissionKey = (typeof OBJECT_PERMISSIONS)[number];
export type ObjectPermission = Record<ObjectPermissionKey, boolean>;

export interface FieldPermission {
  read: boolean;
  edit: boolean;
}

export interface PermissionSet {
  apiName: string;
  label: string;
  description: string | null;
  /** The package it comes with; empty for the tenant's own. */
  packageName: string;
  /** False for a package's permission set: it is shown read-only. */
  editable: boolean;
  objects: Record<string, ObjectPermission>;
  /** Keyed `Object.Field`. */
  fields: Record<string, FieldPermission>;
  customPermissions: string[];
  apps: string[];
}

/** What PUT /api/permission-sets/:name takes. */
export interface PermissionSetInput {
  label: string;
  description: string | null;
  objects: Record<string, ObjectPermission>;
  fields: Record<string, FieldPermission>;
  customPermissions: string[];
  apps: string[];
}

export interface NewPermissionSet {
  apiName: string;
  label: string;
  description?: string;
}

export interface SetupUser {
  id: string;
  name: string;
  username: string;
  profile: string;
  active: boolean;
  permissionSets: string[];
}

export interface CustomPermissionInfo {
  apiName: string;
  label: string;
  description: string | null;
  packageName: string;
}

/** An object of GET /api/sobjects. */
export interface ObjectSummary {
  name: string;
  label: string;
  labelPlural: string;
  custom: boolean;
}

/** What the editor needs of a field from GET /api/sobjects/:object/describe. */
export interface DescribedField {
  name: string;
  label: string;
  platformType: string;
  required: boolean;
  calculated: boolean;
  autoNumber: boolean;
}

export interface DescribedObject {
  name: string;
  label: string;
  nameField: string;
  fields: DescribedField[];
}
