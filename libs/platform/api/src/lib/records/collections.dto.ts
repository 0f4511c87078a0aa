import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString } from 'class-validator';
import { QueryText } from './records.dto';

const INVALID_FIELD = errorCode('INVALID_FIELD');

/** `POST` and `PATCH /api/composite/sobjects`. */
export class CollectionRequest {
  /** Roll every record back when one fails. */
  @IsOptional()
  @IsBoolean({ context: INVALID_FIELD, message: 'allOrNone must be true or false' })
  @ApiProperty({ required: false, example: true })
  allOrNone?: boolean;

  /** The records: each names its object in `attributes.type`; an update also its `id`. */
  @IsArray({ context: INVALID_FIELD, message: 'records must be a list of records' })
  @ArrayMinSize(1, { context: INVALID_FIELD, message: 'Give at least one record' })
  @ArrayMaxSize(200, { context: INVALID_FIELD, message: 'At most 200 records in one request' })
  @IsObject({ each: true, context: INVALID_FIELD, message: 'each record must be an object' })
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ attributes: { type: 'Contact' }, LastName: 'Smith' }],
  })
  records!: Record<string, unknown>[];
}

/** `DELETE /api/composite/sobjects`. */
export class CollectionDeleteParams {
  /** The ids, comma-separated (at most 200). */
  @IsString({ context: INVALID_FIELD, message: "Give 'ids' once, as text" })
  @ApiProperty({ required: true })
  ids!: string;

  @IsOptional()
  @IsIn(['true', 'false'], { context: INVALID_FIELD, message: 'allOrNone must be true or false' })
  @ApiProperty({ required: false, enum: ['true', 'false'] })
  allOrNone?: string;
}

/** `GET /api/composite/sobjects/{object}`. */
export class CollectionRetrieveParams {
  @IsString({ context: INVALID_FIELD, message: "Give 'ids' once, as text" })
  @ApiProperty({ required: true })
  ids!: string;

  @IsString({ context: INVALID_FIELD, message: "Give 'fields' once, as text" })
  @ApiProperty({ required: true, example: 'Id,Name' })
  fields!: string;
}

/** `POST /api/composite/sobjects/{object}`: the same, ids and fields as lists. */
export class CollectionRetrieveRequest {
  @IsArray({ context: INVALID_FIELD, message: 'ids must be a list' })
  @IsString({ each: true, context: INVALID_FIELD, message: 'each id must be text' })
  @ApiProperty({ type: [String] })
  ids!: string[];

  @IsArray({ context: INVALID_FIELD, message: 'fields must be a list' })
  @ArrayMinSize(1, { context: INVALID_FIELD, message: 'Give at least one field' })
  @IsString({ each: true, context: INVALID_FIELD, message: 'each field must be text' })
  @ApiProperty({ type: [String] })
  fields!: string[];
}

export class CollectionError {
  @ApiProperty({ example: 'REQUIRED_FIELD_MISSING' })
  statusCode!: string;
  @ApiProperty()
  message!: string;
  @ApiProperty({ type: [String] })
  fields!: string[];
}

/** One record's result. */
export class CollectionResult {
  @ApiProperty({ type: String, nullable: true })
  id!: string | null;
  @ApiProperty()
  success!: boolean;
  @ApiProperty({ type: [CollectionError] })
  errors!: CollectionError[];
}
