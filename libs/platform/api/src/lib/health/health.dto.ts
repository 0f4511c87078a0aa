import { ApiProperty } from '@nestjs/swagger';

/** The database the API runs on. */
export class HealthDatabase {
  /** PGlite (embedded) or a PostgreSQL server. */
  @ApiProperty({ enum: ['pglite', 'postgres'] })
  kind!: 'pglite' | 'postgres';
}

/** A metadata package the server has loaded. */
export class HealthPackage {
  /** The package's name, such as "Lumary AR". */
  name!: string;
  /** Its namespace, the prefix of its components' API names. */
  namespace!: string;
  /** The version this server runs. */
  version!: string;
}

/** The API is up: its database answers. */
export class HealthReport {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
  database!: HealthDatabase;
  /** The metadata packages loaded, with their versions. */
  packages!: HealthPackage[];
}
