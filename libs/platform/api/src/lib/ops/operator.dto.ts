import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { isTimeZone } from '@platform/tenancy';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';

const INVALID_OPERATION = errorCode('INVALID_OPERATION');

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
