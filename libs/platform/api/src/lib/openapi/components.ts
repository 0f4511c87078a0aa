import type { ComponentsObject, ParameterObject, ResponseObject, SecurityRequirementObject } from '@nestjs/swagger';
import { ref, type Schema } from './record-schemas';
import type { ApiErrorCode } from '../errors/api-error';

/** The security scheme names, as DocumentBuilder registers them. */
export const BEARER = 'bearer';
export const COOKIE = 'cookie';
export const CSRF = 'csrf';
export const OPERATOR = 'operator';

/** Reads take a bearer token or the session cookie. */
export const READ_SECURITY: SecurityRequirementObject[] = [{ [BEARER]: [] }, { [COOKIE]: [] }];
/** Changes made with the session cookie must also send its CSRF token. */
export const WRITE_SECURITY: SecurityRequirementObject[] = [{ [BEARER]: [] }, { [COOKIE]: [], [CSRF]: [] }];
/** The operator routes take the operator token, never a user's session. */
export const OPERATOR_SECURITY: SecurityRequirementObject[] = [{ [OPERATOR]: [] }];

const errors = (errorCode: ApiErrorCode, message: string, fields: string[] = []) => [{ errorCode, message, fields }];

const errorResponse = (description: string, example: unknown): ResponseObject => ({
  description,
  content: { 'application/json': { schema: ref('ApiErrors'), example } },
});

/** Every failure leaves the API as a list of `{ errorCode, message, fields }` (ApiExceptionFilter). */
export const ERROR_RESPONSES = {
  BadRequest: errorResponse(
    'The request was refused: a field value, a required field, a validation rule, a malformed body or header.',
    errors('REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', ['Name']),
  ),
  Unauthorized: errorResponse(
    'No session, or an expired one: sign in again.',
    errors('INVALID_SESSION_ID', 'Session expired or invalid: sign in again.'),
  ),
  Forbidden: errorResponse(
    'Not allowed: for cookie sessions, a change without the X-CSRF-Token header of the session.',
    errors('INVALID_CSRF_TOKEN', 'Missing or wrong X-CSRF-Token header for this session.'),
  ),
  NotFound: errorResponse(
    'No such object, or no record of it with this id in your tenant.',
    errors('NOT_FOUND', 'The requested resource does not exist'),
  ),
  Conflict: errorResponse(
    'Other records still refer to this one.',
    errors('DELETE_FAILED', 'This record cannot be deleted or changed that way: records of another object still refer to it.'),
  ),
  PreconditionFailed: errorResponse(
    'If-Match named a version the record is no longer at: someone changed it since you read it.',
    errors('ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE', 'This record was changed by someone else after you read it; reload it and try again.'),
  ),
  TooManyRequests: errorResponse(
    'Too many failed sign-ins: wait and try again.',
    errors('LOGIN_RATE_EXCEEDED', 'Too many failed sign-ins; try again later.'),
  ),
} satisfies Record<string, ResponseObject>;

export type ErrorResponse = keyof typeof ERROR_RESPONSES;

const STATUS: Record<ErrorResponse, string> = {
  BadRequest: '400',
  Unauthorized: '401',
  Forbidden: '403',
  NotFound: '404',
  Conflict: '409',
  PreconditionFailed: '412',
  TooManyRequests: '429',
};

/** `responses` entries referring to the shared error responses. */
export function errorResponses(...names: ErrorResponse[]): Record<string, { $ref: string }> {
  return Object.fromEntries(names.map((name) => [STATUS[name], { $ref: `#/components/responses/${name}` }]));
}

export const PARAMETERS: Record<string, ParameterObject> = {
  RecordId: { name: 'id', in: 'path', required: true, description: 'The id of the record.', schema: { type: 'string', format: 'uuid' } },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The ETag of the record as last read, such as "3": the change is refused with 412 if the record has changed since. Without it (or with *), the last write wins.',
    schema: { type: 'string', example: '"3"' },
  },
};

export const parameter = (name: keyof typeof PARAMETERS) => ({ $ref: `#/components/parameters/${name}` });

const describeField: Schema = {
  type: 'object',
  description: "One field of an object, in Salesforce's describe shape.",
  properties: {
    name: { type: 'string' },
    label: { type: 'string' },
    type: {
      type: 'string',
      description: "Salesforce's name for the type: id, string, textarea, double, currency, date, datetime, picklist, reference...",
    },
    soapType: { type: 'string', description: 'The XML Schema type: tns:ID, xsd:string, xsd:double, xsd:boolean, xsd:date, xsd:dateTime.' },
    platformType: { type: 'string', description: 'The field type of the metadata.' },
    nameField: { type: 'boolean', description: "Whether this is the object's name field." },
    idLookup: { type: 'boolean', description: 'Whether a record can be found by this field (Id, external ids, unique fields).' },
    groupable: { type: 'boolean' },
    aggregatable: { type: 'boolean' },
    defaultedOnCreate: { type: 'boolean' },
    restrictedDelete: { type: 'boolean' },
    length: { type: 'integer' },
    precision: { type: 'integer' },
    scale: { type: 'integer' },
    nillable: { type: 'boolean' },
    required: { type: 'boolean' },
    createable: { type: 'boolean' },
    updateable: { type: 'boolean' },
    calculated: { type: 'boolean' },
    calculatedFormula: { type: 'string', nullable: true },
    autoNumber: { type: 'boolean' },
    unique: { type: 'boolean' },
    externalId: { type: 'boolean' },
    defaultValue: { description: 'A literal default (text, number or boolean), or null.' },
    inlineHelpText: { type: 'string', nullable: true },
    picklistValues: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          value: { type: 'string' },
          label: { type: 'string' },
          active: { type: 'boolean' },
          defaultValue: { type: 'boolean' },
        },
      },
    },
    restrictedPicklist: { type: 'boolean' },
    referenceTo: { type: 'array', items: { type: 'string' } },
    relationshipName: { type: 'string', nullable: true },
    polymorphicForeignKey: { type: 'boolean' },
    cascadeDelete: { type: 'boolean' },
    filterable: { type: 'boolean' },
    sortable: { type: 'boolean' },
    trackHistory: { type: 'boolean' },
  },
};

const objectUrls: Schema = {
  type: 'object',
  properties: { sobject: { type: 'string' }, describe: { type: 'string' }, rowTemplate: { type: 'string' } },
};

/** The schemas shared by every object and by the controllers' own responses. */
export const SHARED_SCHEMAS: Record<string, Schema> = {
  ApiError: {
    type: 'object',
    description: 'One error, in the Salesforce REST shape.',
    properties: {
      errorCode: { type: 'string', example: 'REQUIRED_FIELD_MISSING' },
      message: { type: 'string' },
      fields: { type: 'array', items: { type: 'string' }, description: 'The API names of the fields concerned, if any.' },
    },
    required: ['errorCode', 'message', 'fields'],
  },
  ApiErrors: { type: 'array', items: ref('ApiError'), description: 'Every failure is a list of errors.' },
  CreateResult: {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid', description: 'The id of the new record.' },
      success: { type: 'boolean', enum: [true] },
      errors: { type: 'array', items: ref('ApiError'), maxItems: 0 },
    },
    required: ['id', 'success', 'errors'],
  },
  FieldHistoryEntry: {
    type: 'object',
    properties: {
      field: { type: 'string', description: "The field's API name, or `created` for the record's creation." },
      oldValue: { description: 'The value before, as the API shows it (any JSON value, or null).' },
      newValue: { description: 'The value after, as the API shows it (any JSON value, or null).' },
      changedById: { type: 'string', format: 'uuid', nullable: true },
      changedDate: { type: 'string', format: 'date-time' },
    },
    required: ['field', 'oldValue', 'newValue', 'changedById', 'changedDate'],
  },
  FieldHistory: {
    type: 'object',
    description: "The changes to the record's tracked fields, newest first.",
    properties: { records: { type: 'array', items: ref('FieldHistoryEntry') } },
    required: ['records'],
  },
  DescribeField: describeField,
  SObjectDescribe: {
    type: 'object',
    description: 'An object: its fields, record types, child relationships and what the caller may do.',
    properties: {
      name: { type: 'string' },
      label: { type: 'string' },
      labelPlural: { type: 'string' },
      custom: { type: 'boolean' },
      description: { type: 'string', nullable: true },
      nameField: { type: 'string' },
      createable: { type: 'boolean' },
      updateable: { type: 'boolean' },
      deletable: { type: 'boolean' },
      queryable: { type: 'boolean' },
      urls: objectUrls,
      fields: { type: 'array', items: ref('DescribeField') },
      recordTypeInfos: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            recordTypeId: { type: 'string' },
            developerName: { type: 'string' },
            name: { type: 'string' },
            description: { type: 'string', nullable: true },
            active: { type: 'boolean' },
            available: { type: 'boolean' },
            defaultRecordTypeMapping: { type: 'boolean', description: 'Records are created with this type when none is named.' },
            master: { type: 'boolean' },
            picklistValues: {
              type: 'object',
              additionalProperties: { type: 'array', items: { type: 'string' } },
              description: 'Per picklist field, the values this record type offers.',
            },
          },
        },
      },
      childRelationships: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            childSObject: { type: 'string' },
            field: { type: 'string' },
            relationshipName: { type: 'string', description: 'The plural name a child subquery uses, unique per parent.' },
            cascadeDelete: { type: 'boolean' },
            restrictedDelete: { type: 'boolean' },
          },
        },
      },
    },
  },
  DescribeGlobal: {
    type: 'object',
    properties: {
      encoding: { type: 'string', example: 'UTF-8' },
      sobjects: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            label: { type: 'string' },
            labelPlural: { type: 'string' },
            custom: { type: 'boolean' },
            createable: { type: 'boolean' },
            updateable: { type: 'boolean' },
            deletable: { type: 'boolean' },
            queryable: { type: 'boolean' },
            urls: objectUrls,
          },
        },
      },
    },
  },
};

/** Adds the shared schemas, responses and parameters to the document's components. */
export function addSharedComponents(components: ComponentsObject): void {
  components.schemas = { ...components.schemas, ...SHARED_SCHEMAS };
  components.responses = { ...components.responses, ...ERROR_RESPONSES };
  components.parameters = { ...components.parameters, ...PARAMETERS };
  components.headers = {
    ...components.headers,
    ETag: {
      description: 'The version of the record, such as "3": send it back in If-Match to update or delete safely.',
      schema: { type: 'string' },
    },
  };
}
