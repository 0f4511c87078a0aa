import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

const PROFILES = ['System Administrator', 'Standard User'] as const;
const REQUIRED = errorCode('REQUIRED_FIELD_MISSING');
const INVALID = errorCode('INVALID_FIELD');

/** A new user of the tenant (Setup → Users → New). */
export class CreateUserRequest {
  @IsOptional()
  @IsString({ context: INVALID })
  @MaxLength(40, { context: INVALID })
  @ApiProperty({ type: String, required: false, nullable: true })
  firstName?: string | null;

  @IsString({ context: REQUIRED, message: 'A user needs a last name.' })
  @Matches(/\S/, { context: REQUIRED, message: 'A user needs a last name.' })
  @MaxLength(80, { context: INVALID })
  lastName!: string;

  @IsEmail({}, { context: INVALID, message: 'The email must be an email address such as jo@example.com.' })
  @MaxLength(255, { context: INVALID })
  email!: string;

  /** Unique across the platform, every tenant included (as Salesforce's usernames); often an email address. */
  @IsString({ context: REQUIRED, message: 'A user needs a username.' })
  @Matches(/^[^\s]{3,80}$/, { context: INVALID, message: 'A username is 3 to 80 characters without spaces.' })
  username!: string;

  @IsIn(PROFILES, { context: INVALID, message: `The profile must be one of: ${PROFILES.join(', ')}.` })
  @ApiProperty({ enum: PROFILES })
  profile!: (typeof PROFILES)[number];

  /** Their role in the hierarchy (Setup → Roles); null for none. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { context: INVALID, message: 'roleId must be the id of a role.' })
  @ApiProperty({ type: String, format: 'uuid', required: false, nullable: true })
  roleId?: string | null;

  /** Permission sets to assign, by API name. */
  @IsOptional()
  @IsArray({ context: INVALID })
  @ArrayMaxSize(100, { context: INVALID })
  @IsString({ each: true, context: INVALID })
  @ApiProperty({ type: [String], required: false })
  permissionSets?: string[];

  /**
   * A temporary password, to be changed at the first sign-in. Left out, the user is emailed a
   * one-time set-password link instead (through the outbox).
   */
  @IsOptional()
  @IsString({ context: errorCode('INVALID_NEW_PASSWORD') })
  @MaxLength(1000, { context: errorCode('INVALID_NEW_PASSWORD') })
  @ApiProperty({ type: String, format: 'password', required: false })
  temporaryPassword?: string;
}

/** A change to a user: only the fields sent change. `active: false` deactivates (every session ends at once). */
export class UpdateUserRequest {
  @IsOptional()
  @IsString({ context: INVALID })
  @MaxLength(40, { context: INVALID })
  @ApiProperty({ type: String, required: false, nullable: true })
  firstName?: string | null;

  @IsOptional()
  @IsString({ context: REQUIRED, message: 'A user needs a last name.' })
  @Matches(/\S/, { context: REQUIRED, message: 'A user needs a last name.' })
  @MaxLength(80, { context: INVALID })
  lastName?: string;

  @IsOptional()
  @IsEmail({}, { context: INVALID, message: 'The email must be an email address such as jo@example.com.' })
  @MaxLength(255, { context: INVALID })
  email?: string;

  @IsOptional()
  @IsString({ context: REQUIRED, message: 'A user needs a username.' })
  @Matches(/^[^\s]{3,80}$/, { context: INVALID, message: 'A username is 3 to 80 characters without spaces.' })
  username?: string;

  @IsOptional()
  @IsIn(PROFILES, { context: INVALID, message: `The profile must be one of: ${PROFILES.join(', ')}.` })
  @ApiProperty({ enum: PROFILES, required: false })
  profile?: (typeof PROFILES)[number];

  /** Their role in the hierarchy (Setup → Roles); null for none. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { context: INVALID, message: 'roleId must be the id of a role.' })
  @ApiProperty({ type: String, format: 'uuid', required: false, nullable: true })
  roleId?: string | null;

  /** false deactivates (sessions end, sign-in refused); true reactivates. */
  @IsOptional()
  @IsBoolean({ context: INVALID, message: 'active must be true or false.' })
  active?: boolean;
}

/** A user as Setup shows one. */
export class UserDetail {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, nullable: true })
  firstName!: string | null;
  lastName!: string;
  name!: string;
  email!: string;
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

/** One sign-in attempt of a user. */
export class LoginHistoryItem {
  @ApiProperty({ format: 'date-time' })
  loginTime!: string;
  /** Success, Invalid Password, Password Lockout or User is Inactive. */
  @ApiProperty({ enum: ['Success', 'Invalid Password', 'Password Lockout', 'User is Inactive'] })
  status!: string;
  /** The client's address as the server saw it. */
  @ApiProperty({ type: String, nullable: true })
  clientAddress!: string | null;
}

/** A user's latest sign-ins (at most 100), latest first. */
export class LoginHistory {
  entries!: LoginHistoryItem[];
}
