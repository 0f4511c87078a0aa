import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

const REQUIRED = errorCode('REQUIRED_FIELD_MISSING');
const INVALID = errorCode('INVALID_FIELD');
const DEVELOPER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const DEVELOPER_NAME_MESSAGE = 'A role name starts with a letter and has only letters, digits and underscores (at most 80).';

/** A new role (Setup → Roles → New role). */
export class CreateRoleRequest {
  /** The label people read ("Finance Manager"). */
  @IsString({ context: REQUIRED, message: 'A role needs a label.' })
  @Matches(/\S/, { context: REQUIRED, message: 'A role needs a label.' })
  @MaxLength(80, { context: INVALID })
  name!: string;

  /** Unique in the tenant; made from the label when left out (`Finance_Manager`). */
  @IsOptional()
  @IsString({ context: INVALID })
  @Matches(DEVELOPER_NAME, { context: INVALID, message: DEVELOPER_NAME_MESSAGE })
  @ApiProperty({ type: String, required: false })
  developerName?: string;

  /** The role this one reports to; null or left out for a top-level role. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { context: INVALID, message: 'parentRoleId must be the id of a role.' })
  @ApiProperty({ type: String, format: 'uuid', required: false, nullable: true })
  parentRoleId?: string | null;
}

/** A change to a role: rename (label, role name) or move (`parentRoleId`, null for the top). Only the fields sent change. */
export class UpdateRoleRequest {
  @IsOptional()
  @IsString({ context: REQUIRED, message: 'A role needs a label.' })
  @Matches(/\S/, { context: REQUIRED, message: 'A role needs a label.' })
  @MaxLength(80, { context: INVALID })
  @ApiProperty({ type: String, required: false })
  name?: string;

  @IsOptional()
  @IsString({ context: INVALID })
  @Matches(DEVELOPER_NAME, { context: INVALID, message: DEVELOPER_NAME_MESSAGE })
  @ApiProperty({ type: String, required: false })
  developerName?: string;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { context: INVALID, message: 'parentRoleId must be the id of a role.' })
  @ApiProperty({ type: String, format: 'uuid', required: false, nullable: true })
  parentRoleId?: string | null;
}

/** A role of the tenant's hierarchy. */
export class RoleDetail {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  name!: string;
  developerName!: string;
  /** The role it reports to; null at the top of the hierarchy. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentRoleId!: string | null;
  /** How many users hold it. */
  userCount!: number;
}

/** The tenant's roles, parents before their children, siblings by label. */
export class RoleHierarchy {
  @ApiProperty({ type: RoleDetail, isArray: true })
  roles!: RoleDetail[];
}
