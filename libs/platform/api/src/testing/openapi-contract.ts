import type { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, OperationObject, SchemaObject } from '@nestjs/swagger';
import { checkedBy, isValidatedDto } from '@platform/contract';
import { REPLACED_BY_OBJECT_PATHS } from '../lib/openapi/controller-docs';

/** The parts of the served document the contract check reads. */
export type ContractDoc = Pick<OpenAPIObject, 'paths' | 'components'>;

/**
 * What the document must say of every operation, as `METHOD path (operationId): problem`:
 * - a route that reads a body declares it as a DTO class (not `unknown` or an interface), and
 *   the document has its request schema, with properties;
 * - every 2xx answer but 204 has a schema (a DTO, a shared component, a file);
 * - every query parameter and header the route reads is documented as a parameter.
 * The routes are read from Nest (their @Body/@Query/@Headers parameters), the rest from the document.
 */
export function contractProblems(app: INestApplication, doc: ContractDoc, include: (path: string) => boolean = () => true): string[] {
  const problems: string[] = [];
  const byId = new Map<string, { path: string; method: string; operation: OperationObject }>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item))
      if (operation?.operationId) byId.set(operation.operationId, { path, method, operation });
  }
  const components = (doc.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const hasShape = (schema: SchemaObject | { $ref: string } | undefined): boolean => {
    if (!schema) return false;
    if ('$ref' in schema) return hasShape(components[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema.type === 'array') return hasShape(schema.items as SchemaObject);
    return (
      !!(schema.properties && Object.keys(schema.properties).length) ||
      !!schema.oneOf ||
      !!schema.allOf ||
      (schema.type !== undefined && schema.type !== 'object') ||
      schema.additionalProperties !== undefined
    );
  };
  const parameters = (operation: OperationObject, where: string) =>
    (operation.parameters ?? []).filter((p) => 'in' in p && p.in === where).map((p) => ('name' in p ? p.name.toLowerCase() : ''));

  // The document's side: every operation of the included paths.
  for (const { path, method, operation } of byId.values()) {
    if (!include(path)) continue;
    const name = `${method.toUpperCase()} ${path} (${operation.operationId})`;
    const body = operation.requestBody as { content?: Record<string, { schema?: SchemaObject }> } | undefined;
    if (body && !Object.values(body.content ?? {}).some((c) => hasShape(c.schema))) problems.push(`${name}: request body without a schema`);
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!/^2\d\d$/.test(status) || status === '204') continue;
      const content = (response as { content?: Record<string, { schema?: SchemaObject }> }).content;
      if (!content || !Object.values(content).some((c) => hasShape(c.schema))) problems.push(`${name}: ${status} answer without a schema`);
    }
  }

  // The routes' side: what each handler reads.
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const id = `${controller.name}_${method}`;
        const found = byId.get(id);
        if (method === 'constructor' || REPLACED_BY_OBJECT_PATHS.has(id)) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
          string,
          { index: number; data?: string }
        >;
        if (!Object.keys(args).length && !found) continue;
        if (!found) {
          problems.push(`${id}: a route missing from the document`);
          continue;
        }
        if (!include(found.path)) continue;
        const name = `${found.method.toUpperCase()} ${found.path} (${id})`;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as unknown[];
        for (const [key, { index, data }] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[index];
          const isDto = isValidatedDto(type) || !!checkedBy(type);
          if (kind === RouteParamtypes.BODY && !isDto) problems.push(`${name}: its body is not a DTO class`);
          if (kind === RouteParamtypes.BODY && isDto && !found.operation.requestBody) problems.push(`${name}: its body is not documented`);
          if (kind === RouteParamtypes.QUERY && data && !parameters(found.operation, 'query').includes(data.toLowerCase()))
            problems.push(`${name}: query parameter '${data}' not documented`);
          if (kind === RouteParamtypes.QUERY && !data && !isDto) problems.push(`${name}: its query parameters are not a DTO class`);
          if (kind === RouteParamtypes.QUERY && !data && isDto && !parameters(found.operation, 'query').length)
            problems.push(`${name}: its query parameters are not documented`);
          if (kind === RouteParamtypes.HEADERS && data && !parameters(found.operation, 'header').includes(data.toLowerCase()))
            problems.push(`${name}: header '${data}' not documented`);
        }
      }
    }
  }
  return problems.sort();
}
