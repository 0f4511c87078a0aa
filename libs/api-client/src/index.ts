/**
 * The API's types for its clients, generated from the OpenAPI document (see README, "API client").
 * `api.generated.ts` is openapi-typescript's output; these are friendlier names for its parts.
 */
import type { components, operations, paths } from './lib/api.generated';

export type { components, operations, paths } from './lib/api.generated';

/** Every schema of the document by name: `Schemas['LoginResponse']`, `Schemas['lumary__Invoice__c']`. */
export type Schemas = components['schemas'];
/** One schema by name. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];

/** An operation of the document, by its operationId (`AuthController_login`). */
export type OperationId = keyof operations;

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessStatus = 200 | 201 | 202 | 204;

/** The JSON body an operation takes. */
export type RequestBody<Id extends OperationId> = operations[Id] extends {
  requestBody?: infer Body;
}
  ? Json<NonNullable<Body>>
  : never;

/** The JSON body of an operation's success answer (its 2xx responses). */
export type ResponseBody<Id extends OperationId> = {
  [Status in keyof operations[Id]['responses'] & SuccessStatus]: Json<operations[Id]['responses'][Status]>;
}[keyof operations[Id]['responses'] & SuccessStatus];

/** An operation's query parameters. */
export type QueryParams<Id extends OperationId> = operations[Id]['parameters'] extends { query?: infer Query } ? NonNullable<Query> : never;

/** An operation's path parameters. */
export type PathParams<Id extends OperationId> = operations[Id]['parameters'] extends { path?: infer Path } ? NonNullable<Path> : never;

/** The API's paths (with their `/api` prefix). */
export type ApiPath = keyof paths;

export type { ApiRecord } from './lib/records';
