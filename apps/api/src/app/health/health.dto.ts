import { ApiProperty } from '@nestjs/swagger';

/** The database the API runs on. */
export class HealthDatabaseDto {
  /** PGlite (embedded) or a PostgreSQL server. */
  @ApiProperty({ enum: ['pglite', 'postgres'] })
  kind!: 'pglite' | 'postgres';
}

/** A metadata package the server has loaded. */
export class HealthPackageDto {
  /** The package's name, such as "Lumary AR". */
  name!: string;
  /** Its namespace, the prefix of its components' API names. */
  namespace!: string;
  /** The version this server runs. */
  version!: string;
}

/** The API is up: its database answers. */
export class HealthReportDto {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
  database!: HealthDatabaseDto;
  /** The metadata packages loaded, with their versions. */
  packages!: HealthPackageDto[];
}
