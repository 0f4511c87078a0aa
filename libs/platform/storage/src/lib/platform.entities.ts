import { EntitySchema } from 'typeorm';
import type { PlannedStatement } from './schema-plan';

/**
 * The platform's own tables (created by platform.migrations.ts, never by the planner). Entity
 * schemas rather than decorators so scripts run by tsx/esbuild need no decorator metadata.
 * bigint and numeric columns stay strings, as the pg driver returns them.
 */

export interface SysTenant {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  createdDate: Date;
  /** bigint: a string. Bumped by every Setup change (TenantCustomisation migration). */
  metadataVersion: string;
}

export const SysTenantEntity = new EntitySchema<SysTenant>({
  name: 'SysTenant',
  tableName: 'sys_tenant',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'text' },
    slug: { type: 'text', unique: true },
    timeZone: { type: 'text', name: 'time_zone', default: 'Australia/Sydney' },
    createdDate: {
      type: 'timestamptz',
      name: 'created_date',
      createDate: true,
    },
    metadataVersion: { type: 'bigint', name: 'metadata_version', default: 0 },
  },
});

export interface SysInstalledPackage {
  tenantId: string;
  packageName: string;
  version: string;
  licensed: boolean;
  installedDate: Date;
}

export const SysInstalledPackageEntity = new EntitySchema<SysInstalledPackage>({
  name: 'SysInstalledPackage',
  tableName: 'sys_installed_package',
  columns: {
    tenantId: { type: 'uuid', name: 'tenant_id', primary: true },
    packageName: { type: 'text', name: 'package_name', primary: true },
    version: { type: 'text' },
    licensed: { type: 'boolean', default: false },
    installedDate: {
      type: 'timestamptz',
      name: 'installed_date',
      createDate: true,
    },
  },
});

export interface SysMetadataOverlay {
  tenantId: string;
  id: string;
  kind: string;
  objectApiName: string | null;
  apiName: string;
  body: Record<string, unknown>;
  createdDate: Date;
  modifiedDate: Date;
}

export const SysMetadataOverlayEntity = new EntitySchema<SysMetadataOverlay>({
  name: 'SysMetadataOverlay',
  tableName: 'sys_metadata_overlay',
  columns: {
    tenantId: { type: 'uuid', name: 'tenant_id', primary: true },
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    kind: { type: 'text' },
    objectApiName: { type: 'text', name: 'object_api_name', nullable: true },
    apiName: { type: 'text', name: 'api_name' },
    body: { type: 'jsonb' },
    createdDate: {
      type: 'timestamptz',
      name: 'created_date',
      createDate: true,
    },
    modifiedDate: {
      type: 'timestamptz',
      name: 'modified_date',
      updateDate: true,
    },
  },
});

export interface SysSchemaPlan {
  id: number;
  appliedDate: Date;
  statements: PlannedStatement[];
  destructive: boolean;
  metadataFingerprint: string;
}

export const SysSchemaPlanEntity = new EntitySchema<SysSchemaPlan>({
  name: 'SysSchemaPlan',
  tableName: 'sys_schema_plan',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    appliedDate: {
      type: 'timestamptz',
      name: 'applied_date',
      createDate: true,
    },
    statements: { type: 'jsonb' },
    destructive: { type: 'boolean' },
    metadataFingerprint: { type: 'text', name: 'metadata_fingerprint' },
  },
});

export interface SysAutonumber {
  tenantId: string;
  objectApiName: string;
  fieldApiName: string;
  /** bigint: a string, as pg returns it. */
  nextValue: string;
}

export const SysAutonumberEntity = new EntitySchema<SysAutonumber>({
  name: 'SysAutonumber',
  tableName: 'sys_autonumber',
  columns: {
    tenantId: { type: 'uuid', name: 'tenant_id', primary: true },
    objectApiName: { type: 'text', name: 'object_api_name', primary: true },
    fieldApiName: { type: 'text', name: 'field_api_name', primary: true },
    nextValue: { type: 'bigint', name: 'next_value', default: 1 },
  },
});

/** Which permission sets (a package's or the tenant's own, by API name) each user holds. */
export interface SysPermissionSetAssignment {
  tenantId: string;
  userId: string;
  permissionSet: string;
  assignedDate: Date;
}

export const SysPermissionSetAssignmentEntity = new EntitySchema<SysPermissionSetAssignment>({
  name: 'SysPermissionSetAssignment',
  tableName: 'sys_permission_set_assignment',
  columns: {
    tenantId: { type: 'uuid', name: 'tenant_id', primary: true },
    userId: { type: 'uuid', name: 'user_id', primary: true },
    permissionSet: { type: 'text', name: 'permission_set', primary: true },
    assignedDate: { type: 'timestamptz', name: 'assigned_date', createDate: true },
  },
});

/** A user's password hash; usernames are unique across tenants (sign-in finds the tenant). */
export interface SysCredential {
  username: string;
  tenantId: string;
  userId: string;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export const SysCredentialEntity = new EntitySchema<SysCredential>({
  name: 'SysCredential',
  tableName: 'sys_credential',
  columns: {
    username: { type: 'text', primary: true },
    tenantId: { type: 'uuid', name: 'tenant_id' },
    userId: { type: 'uuid', name: 'user_id' },
    passwordHash: { type: 'text', name: 'password_hash' },
    failedAttempts: { type: 'integer', name: 'failed_attempts', default: 0 },
    lockedUntil: { type: 'timestamptz', name: 'locked_until', nullable: true },
  },
});

/** A session, stored by the hash of its token only. */
export interface SysSession {
  tokenHash: string;
  tenantId: string;
  userId: string;
  csrfToken: string;
  createdDate: Date;
  expiresDate: Date;
}

export const SysSessionEntity = new EntitySchema<SysSession>({
  name: 'SysSession',
  tableName: 'sys_session',
  columns: {
    tokenHash: { type: 'text', name: 'token_hash', primary: true },
    tenantId: { type: 'uuid', name: 'tenant_id' },
    userId: { type: 'uuid', name: 'user_id' },
    csrfToken: { type: 'text', name: 'csrf_token' },
    createdDate: { type: 'timestamptz', name: 'created_date', createDate: true },
    expiresDate: { type: 'timestamptz', name: 'expires_date' },
  },
});

export const PLATFORM_ENTITIES = [
  SysTenantEntity,
  SysInstalledPackageEntity,
  SysMetadataOverlayEntity,
  SysSchemaPlanEntity,
  SysAutonumberEntity,
  SysPermissionSetAssignmentEntity,
  SysCredentialEntity,
  SysSessionEntity,
];
