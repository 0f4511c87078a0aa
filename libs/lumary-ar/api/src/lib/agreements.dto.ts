import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NOT_IN_LIST, Required, TOO_LONG, unlessMissing, WRONG_TYPE } from './ar-validation';

/** The largest file content taken (base64 characters), inside the API's 1 MB body limit. */
export const MAX_CATALOGUE_BASE64 = 1_000_000;

/** POST /api/lumary/support-catalogue/imports: a Support Catalogue file, CSV or XLSX, base64-encoded. */
export class CatalogueImportDto {
  /**
   * The file's name: its extension (.csv or .xlsx) gives the format when `format` is not sent.
   * @example "NDIS-Support-Catalogue-2025-26.xlsx"
   */
  @IsOptional()
  @IsString(WRONG_TYPE)
  @MaxLength(255, TOO_LONG)
  fileName?: string;

  @ApiPropertyOptional({ enum: ['csv', 'xlsx'] })
  @IsOptional()
  @IsIn(['csv', 'xlsx'], NOT_IN_LIST)
  format?: 'csv' | 'xlsx';

  /** The file's bytes, base64-encoded (at most about 730 KB of file). */
  @Required('Give the file content (base64).')
  @IsString({ ...WRONG_TYPE, message: unlessMissing('Give the file content (base64).', 'content must be the file, base64-encoded') })
  @MaxLength(MAX_CATALOGUE_BASE64, {
    ...TOO_LONG,
    message: 'The file is too large for an upload: import it with npm run catalogue:import.',
  })
  @Matches(/^[A-Za-z0-9+/=\r\n]*$/, { ...WRONG_TYPE, message: 'content must be the file, base64-encoded' })
  content!: string;

  /** true: answer what the import would add and change, writing nothing (the preview). */
  @IsOptional()
  @IsBoolean(WRONG_TYPE)
  dryRun?: boolean;
}

export class CatalogueItemDto {
  /** The row of the file. */
  row!: number;
  /** @example "01_011_0107_1_1" */
  number!: string;
  /** @example "Assistance With Self-Care Activities - Standard - Weekday Daytime" */
  name!: string;
  @ApiProperty({ enum: ['Each', 'Hour', 'Day', 'Week'] })
  unit!: string;
  @ApiProperty({ enum: ['P1', 'P2', 'P5'] })
  gstCode!: string;
  /** @example "2025-07-01" */
  effectiveFrom!: string;
  /** Price limit per state (decimal strings; null for a quoted item). */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', nullable: true }, example: { NSW: '70.23', VIC: '70.23' } })
  limits!: Record<string, string | null>;
}

/** What the import did, or (dryRun) would do. */
export class CatalogueImportResultDto {
  dryRun!: boolean;
  /** Support item rows read from the file. */
  rows!: number;
  @ApiProperty({ type: [CatalogueItemDto] })
  added!: CatalogueItemDto[];
  /** Versions already imported whose name, unit, GST code or a price limit the file changes. */
  @ApiProperty({ type: [CatalogueItemDto] })
  changed!: CatalogueItemDto[];
  /** Rows already imported with the same figures: left as they are. */
  unchanged!: number;
}
