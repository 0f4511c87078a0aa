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

export const PLATFORM_ENTITIES = [
  SysTenantEntity,
  SysInstalledPackageEntity,
  SysMetadataOverlayEntity,
  SysSchemaPlanEntity,
  SysAutonumberEntity,
];
