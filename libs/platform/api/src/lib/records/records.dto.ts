import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { IsOptional, IsString, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Query parameters of the records and query routes. Each is text given once (a parameter given
 * twice arrives as a list, and is refused rather than guessed at); `where`, `orderBy`, `fields`
 * and `q` are SOQL, checked by the engine's parser. Errors are MALFORMED_QUERY, naming the parameter.
 */
const MALFORMED_QUERY = errorCode('MALFORMED_QUERY');
const once: ValidationOptions = { context: MALFORMED_QUERY, message: "Give '$property' once, as text" };

/** Text given once, as a query parameter. */
export const QueryText = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsString(once)(target, key);
};

/** `pageSize`: a whole number from 1 to 2000. */
export const PageSize = (): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isPageSize',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 2000,
      },
    },
    { context: MALFORMED_QUERY, message: "pageSize must be a whole number from 1 to 2000, got '$value'" },
  );

export class PagingParams {
  /** The `cursor` of the previous page's nextRecordsUrl. */
  @QueryText()
  cursor?: string;

  /** Records per page, 1 to 2000. */
  @IsOptional()
  @PageSize()
  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 2000, example: 200 })
  pageSize?: string;
}

/** `GET /api/query`. */
export class QueryParams extends PagingParams {
  /** The query, in a SOQL subset: `SELECT Id, Name FROM Contact WHERE ... ORDER BY ... LIMIT ...`. */
  @QueryText()
  @ApiProperty({ required: true, example: 'SELECT Id, Name FROM Contact ORDER BY Name' })
  q?: string;
}

/** `GET /api/sobjects/{object}`. */
export class ListRecordsParams extends PagingParams {
  /** The fields to return, comma-separated (parent fields through lookups too); all readable ones when left out. */
  @QueryText()
  @ApiProperty({ required: false, example: 'Id,Name,CreatedDate' })
  fields?: string;

  /** A SOQL condition. */
  @QueryText()
  @ApiProperty({ required: false, example: "Name LIKE 'A%'" })
  where?: string;

  /** A SOQL ORDER BY list. */
  @QueryText()
  @ApiProperty({ required: false, example: 'Name ASC NULLS LAST' })
  orderBy?: string;
}

/**
 * A record's fields, as `POST` and `PATCH /api/sobjects/{object}` take them: checked by the engine
 * against the object's metadata (each object's `<object>Input` and `<object>Update` schemas in the
 * document, built from the metadata by openapi/record-schemas.ts), not by a DTO.
 */
export type RecordBody = Record<string, unknown>;

/** A page of records, in Salesforce's query response shape. */
export class QueryResult {
  /** How many records match in all, when known. */
  @ApiProperty({ type: 'integer', nullable: true })
  totalSize!: number | null;
  /** True on the last page. */
  done!: boolean;
  /** The records, each with `attributes` and the fields asked for (`Id` when it is asked for). */
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['attributes'],
      properties: {
        attributes: {
          type: 'object',
          required: ['type', 'url'],
          properties: { type: { type: 'string', example: 'Contact' }, url: { type: 'string', example: '/api/sobjects/Contact/{id}' } },
        },
      },
      additionalProperties: true,
    },
  })
  records!: Record<string, unknown>[];
  /** The next page, when there is one. */
  nextRecordsUrl?: string;
}

/** What an upsert by external id answers: 201 with `created: true`, or 200 with `created: false`, as Salesforce does. */
export class UpsertResult {
  id!: string;
  success!: boolean;
  /** True when no record had the external id and one was created. */
  created!: boolean;
  @ApiProperty({ type: 'array', items: { type: 'object' } })
  errors!: unknown[];
}
