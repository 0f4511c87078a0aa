import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { isTimeZone } from '@platform/tenancy';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateBy, ValidateNested } from 'class-validator';

const INVALID_OPERATION = errorCode('INVALID_OPERATION');

/** A new tenant's first System Administrator. */
export class TenantAdminRequest {
  @IsOptional()
  @IsString({ context: errorCode('INVALID_FIELD') })
  @MaxLength(40, { context: errorCode('INVALID_FIELD') })
  @ApiProperty({ type: String, required: false, nullable: true })
  firstName?: string | null;

  @IsString({ context: errorCode('REQUIRED_FIELD_MISSING'), message: 'The admin needs a last name.' })
  @Matches(/\S/, { context: errorCode('REQUIRED_FIELD_MISSING'), message: 'The admin needs a last name.' })
  @MaxLength(80, { context: errorCode('INVALID_FIELD') })
  lastName!: string;

  @IsEmail({}, { context: errorCode('INVALID_FIELD'), message: 'The email must be an email address such as jo@example.com.' })
  @MaxLength(255, { context: errorCode('INVALID_FIELD') })
  email!: string;

  /** Unique across the platform, every tenant included. */
  @IsString({ context: errorCode('REQUIRED_FIELD_MISSING'), message: 'The admin needs a username.' })
  @Matches(/^[^\s]{3,80}$/, { context: errorCode('INVALID_FIELD'), message: 'A username is 3 to 80 characters without spaces.' })
  username!: string;

  /** A temporary password, changed at the first sign-in; left out, a one-time set-password link is emailed. */
  @IsOptional()
  @IsString({ context: errorCode('INVALID_NEW_PASSWORD') })
  @MaxLength(1000, { context: errorCode('INVALID_NEW_PASSWORD') })
  @ApiProperty({ type: String, format: 'password', required: false })
  temporaryPassword?: string;
}

/** A new tenant. */
export class CreateTenantRequest {
  /** The tenant's name, such as "Demo Care Services". */
  @IsString({ context: INVALID_OPERATION, message: 'A tenant needs a name: text of at most 255 characters.' })
  @Matches(/\S/, { context: INVALID_OPERATION, message: 'A tenant needs a name: text of at most 255 characters.' })
  @MaxLength(255, { context: INVALID_OPERATION, message: 'A tenant needs a name: text of at most 255 characters.' })
  name!: string;

  /** Lower-case letters, digits and dashes: how operators name the tenant. */
  @IsString({ context: INVALID_OPERATION, message: 'The slug must be lower-case letters, digits and dashes.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    context: INVALID_OPERATION,
    message: "The slug must be lower-case letters, digits and dashes, got '$value'.",
  })
  slug!: string;

  /** An IANA time zone; Australia/Sydney when left out. */
  @IsOptional()
  @ValidateBy(
    { name: 'isTimeZone', validator: { validate: (value: unknown) => isTimeZone(value) } },
    { context: INVALID_OPERATION, message: 'The time zone must be an IANA time zone such as Australia/Sydney.' },
  )
  @ApiProperty({ type: String, example: 'Australia/Sydney', required: false })
  timeZone?: string;

  /** Its first System Administrator, created with the tenant (if it cannot be, no tenant is created). */
  @IsOptional()
  @ValidateNested()
  @Type(() => TenantAdminRequest)
  @ApiProperty({ type: TenantAdminRequest, required: false })
  admin?: TenantAdminRequest;
}

/** A package to install in a tenant. */
export class InstallPackageRequest {
  /** The package's name, such as "Lumary AR". */
  @IsString({ message: 'Name the package to install: { "package": "Lumary AR" }.' })
  @Matches(/\S/, { context: errorCode('REQUIRED_FIELD_MISSING'), message: 'Name the package to install: { "package": "Lumary AR" }.' })
  package!: string;

  /** The version to install; the one this server runs when left out. */
  @IsOptional()
  @IsString()
  version?: string;
}

/** An upgrade (`version`), a grant or revocation of the licence (`licensed`), or both. */
export class ChangePackageRequest {
  /** The version to upgrade to, such as "22.83.0". */
  @IsOptional()
  @IsString({ message: 'version must be a version such as "22.83.0".' })
  @IsNotEmpty({ message: 'version must be a version such as "22.83.0".' })
  version?: string;

  /** Grant (true) or revoke (false) the package's licence. */
  @IsOptional()
  @IsBoolean({ message: 'licensed must be true or false.' })
  licensed?: boolean;
}

/** A package this server has loaded: what an operator may install, or upgrade a tenant to. */
export class LoadedPackage {
  name!: string;
  namespace!: string;
  version!: string;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  /** The licence a tenant needs to use it; null when it needs none (Core). */
  @ApiProperty({ type: String, nullable: true })
  licence!: string | null;
  /** The names of the packages it needs. */
  dependencies!: string[];
}

/** A package installed in a tenant. */
export class TenantPackage {
  name!: string;
  version!: string;
  /** Whether the tenant holds the package's licence. */
  licensed!: boolean;
}

/** A tenant, with its installed packages and licences. */
export class TenantSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  name!: string;
  slug!: string;
  timeZone!: string;
  packages!: TenantPackage[];
}

/** The admin created with a tenant. */
export class CreatedTenantAdmin {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  username!: string;
  /** false when a set-password link was emailed instead of a temporary password. */
  temporaryPassword!: boolean;
}

/** A new tenant, and its first admin when one was asked for. */
export class CreatedTenant extends TenantSummary {
  @ApiProperty({ type: CreatedTenantAdmin, nullable: true })
  admin!: CreatedTenantAdmin | null;
}
