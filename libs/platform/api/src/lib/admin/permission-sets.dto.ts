import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsArray, IsObject, IsOptional, IsString } from 'class-validator';

const OBJECTS = 'Per object API name, what it grants: `{ "Contact": { "read": true, "edit": true } }`.';
const FIELDS = 'Per field, keyed `Object.Field`: `{ "Contact.Phone": { "read": true, "edit": false } }`.';
const B = { type: 'boolean' } as const;

/** What a permission set grants on one object. */
export class ObjectPermission {
  read!: boolean;
  create!: boolean;
  edit!: boolean;
  delete!: boolean;
  viewAll!: boolean;
  modifyAll!: boolean;
}

/** What a permission set grants on one field. */
export class FieldPermission {
  read!: boolean;
  edit!: boolean;
}

/**
 * A tenant's own permission set: what it grants, the same shape as a package's. The shape is
 * checked here; the objects, fields, custom permissions and apps it names by the service, against
 * the tenant's metadata (every unknown one named at once).
 */
export class PermissionSetRequest {
  /** The API name (letters, digits and underscores); it cannot be changed once created. */
  @IsOptional()
  @IsString()
  @ApiProperty({ required: false, example: 'Client_Readers' })
  apiName?: string;

  @IsString()
  @ApiProperty({ example: 'Client readers' })
  label!: string;

  @IsOptional()
  @IsString()
  @ApiProperty({ type: String, nullable: true, required: false })
  description?: string | null;

  @IsOptional()
  @IsObject()
  @ApiProperty({
    type: 'object',
    description: OBJECTS,
    additionalProperties: { type: 'object', properties: { read: B, create: B, edit: B, delete: B, viewAll: B, modifyAll: B } },
  })
  objects?: Record<string, { read?: boolean; create?: boolean; edit?: boolean; delete?: boolean; viewAll?: boolean; modifyAll?: boolean }>;

  @IsOptional()
  @IsObject()
  @ApiProperty({ type: 'object', description: FIELDS, additionalProperties: { type: 'object', properties: { read: B, edit: B } } })
  fields?: Record<string, { read?: boolean; edit?: boolean }>;

  /** The custom permissions it grants, by API name. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  customPermissions?: string[];

  /** The apps it opens, by API name. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  apps?: string[];
}

/** A permission set to assign to a user. */
export class AssignPermissionSetRequest {
  /** The permission set's API name. */
  @IsString()
  permissionSet!: string;
}

/** A permission set as Setup shows it; a package's (`packageName` set) is not `editable`. */
export class PermissionSetDetail {
  apiName!: string;
  label!: string;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  /** The package it comes with; empty for the tenant's own. */
  packageName!: string;
  editable!: boolean;
  @ApiProperty({ type: 'object', description: OBJECTS, additionalProperties: { $ref: getSchemaPath(ObjectPermission) } })
  objects!: Record<string, ObjectPermission>;
  @ApiProperty({ type: 'object', description: FIELDS, additionalProperties: { $ref: getSchemaPath(FieldPermission) } })
  fields!: Record<string, FieldPermission>;
  customPermissions!: string[];
  apps!: string[];
}

/** The permission sets assigned to a user, by API name. */
export class UserPermissionSets {
  permissionSets!: string[];
}

/** A user of the tenant as Setup lists them. */
export class TenantUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  name!: string;
  username!: string;
  profile!: string;
  /** Their role (Setup → Roles), or null. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roleId!: string | null;
  /** The role's label, or null. */
  @ApiProperty({ type: String, nullable: true })
  roleName!: string | null;
  active!: boolean;
  /** The permission sets assigned, by API name. */
  permissionSets!: string[];
}

export class TenantUsers {
  users!: TenantUser[];
}

/** A custom permission an installed package defines. */
export class AvailableCustomPermission {
  apiName!: string;
  label!: string;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  packageName!: string;
}

export class AvailableCustomPermissions {
  customPermissions!: AvailableCustomPermission[];
}
