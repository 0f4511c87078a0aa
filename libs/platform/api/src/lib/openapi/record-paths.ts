import type { OperationObject, PathsObject, TagObject } from '@nestjs/swagger';
import type { ObjectDef } from '@platform/metadata';
import { errorResponses, parameter, READ_SECURITY, WRITE_SECURITY } from './components';
import { ref } from './record-schemas';

const json = (schema: ReturnType<typeof ref>) => ({ 'application/json': { schema } });

/** The tag grouping an object's operations in Swagger UI. */
export function objectTag(object: ObjectDef): TagObject {
  return { name: object.apiName, description: [object.label, object.description].filter(Boolean).join(': ') };
}

/**
 * The records API of one object, spelled out with its own schemas: the generic
 * `/api/sobjects/{object}/...` routes of SObjectsController, for `object` = this object.
 */
export function objectPaths(object: ObjectDef): PathsObject {
  const name = object.apiName;
  const base = `/api/sobjects/${name}`;
  const op = (id: string, operation: Omit<OperationObject, 'tags' | 'operationId'>): OperationObject => ({
    tags: [name],
    operationId: `${name}_${id}`,
    ...operation,
  });
  return {
    [base]: {
      post: op('create', {
        summary: `Create a ${object.label}`,
        security: WRITE_SECURITY,
        requestBody: { required: true, content: json(ref(`${name}Input`)) },
        responses: {
          '201': { description: 'Created.', content: json(ref('CreateResult')) },
          ...errorResponses('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound'),
        },
      }),
    },
    [`${base}/describe`]: {
      get: op('describe', {
        summary: `Describe ${object.label}: fields, record types, child relationships`,
        security: READ_SECURITY,
        responses: {
          '200': { description: `The describe of ${name}.`, content: json(ref('SObjectDescribe')) },
          ...errorResponses('Unauthorized', 'Forbidden', 'NotFound'),
        },
      }),
    },
    [`${base}/{id}`]: {
      parameters: [parameter('RecordId')],
      get: op('get', {
        summary: `Get a ${object.label}`,
        description: 'Every field of the record, formulas computed as it is read. The ETag header carries its version.',
        security: READ_SECURITY,
        responses: {
          '200': {
            description: `The ${object.label}.`,
            headers: { ETag: { $ref: '#/components/headers/ETag' } },
            content: json(ref(name)),
          },
          ...errorResponses('Unauthorized', 'Forbidden', 'NotFound'),
        },
      }),
      patch: op('update', {
        summary: `Update a ${object.label}`,
        description:
          'Changes only the fields sent. Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.',
        security: WRITE_SECURITY,
        parameters: [parameter('IfMatch')],
        requestBody: { required: true, content: json(ref(`${name}Update`)) },
        responses: {
          '204': { description: 'Updated.' },
          ...errorResponses('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'PreconditionFailed'),
        },
      }),
      delete: op('delete', {
        summary: `Delete a ${object.label}`,
        description: 'Send the ETag of your last read in If-Match to be refused (412) if someone changed the record since.',
        security: WRITE_SECURITY,
        parameters: [parameter('IfMatch')],
        responses: {
          '204': { description: 'Deleted.' },
          ...errorResponses('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'PreconditionFailed'),
        },
      }),
    },
    ...(hasExternalIds(object)
      ? {
          [`${base}/{field}/{value}`]: {
            parameters: [
              {
                name: 'field',
                in: 'path' as const,
                required: true,
                description: 'An external-id (or unique) field of the object.',
                schema: { type: 'string' as const },
              },
              {
                name: 'value',
                in: 'path' as const,
                required: true,
                description: "The record's value in that field.",
                schema: { type: 'string' as const },
              },
            ],
            patch: op('upsert', {
              summary: `Upsert a ${object.label} by an external id`,
              description: 'Updates the record whose field has this value, or creates one with it.',
              security: WRITE_SECURITY,
              requestBody: { required: true, content: json(ref(`${name}Update`)) },
              responses: {
                '200': { description: 'Updated.', content: json(ref('UpsertResult')) },
                '201': { description: 'Created.', content: json(ref('UpsertResult')) },
                ...errorResponses('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound'),
              },
            }),
          },
        }
      : {}),
    [`${base}/{id}/history`]: {
      parameters: [parameter('RecordId')],
      get: op('history', {
        summary: `Field history of a ${object.label}`,
        security: READ_SECURITY,
        responses: {
          '200': { description: 'The changes to its tracked fields, newest first.', content: json(ref('FieldHistory')) },
          ...errorResponses('Unauthorized', 'Forbidden', 'NotFound'),
        },
      }),
    },
  };
}

/** Whether records of the object can be found by a field of their own (an upsert's key). */
function hasExternalIds(object: ObjectDef): boolean {
  return [...object.fields.values()].some((f) => f.externalId || f.unique);
}
