import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type PathItemObject,
  type TagObject,
} from '@nestjs/swagger';
import type { Registry } from '@platform/metadata';
import { Public, SESSION_COOKIE } from '../auth/session.guard';
import {
  addSharedComponents,
  BEARER,
  COOKIE,
  CSRF,
  errorResponses,
  OPERATOR,
  OPERATOR_SECURITY,
  READ_SECURITY,
  WRITE_SECURITY,
} from './components';
import { CONTROLLER_DOCS, REPLACED_BY_OBJECT_PATHS } from './controller-docs';
import { objectPaths, objectTag } from './record-paths';
import { inputSchema, readSchema, updateSchema } from './record-schemas';
import { API_TAGS, OPERATOR_TAG } from './tags';

/** Swagger UI; the document itself is at `/api/docs-json` (and `/api/docs-yaml`). */
export const DOCS_PATH = 'api/docs';
export const DOCS_TITLE = 'Lumary platform API';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Serves the OpenAPI document of the API and Swagger UI at /api/docs. Call it after the global
 * prefix is set (the document's paths carry it) and before the app listens. The routes are plain
 * HTTP-adapter routes, outside Nest's guards: the docs need no session.
 */
export function setupOpenApi(app: INestApplication, registry: Registry, packageTags: TagObject[] = []): OpenAPIObject {
  const document = buildOpenApiDocument(app, registry, packageTags);
  SwaggerModule.setup(DOCS_PATH, app, document, {
    customSiteTitle: DOCS_TITLE,
    swaggerOptions: { persistAuthorization: true, docExpansion: 'none' },
  });
  return document;
}

/**
 * The document: the controllers' routes as Nest sees them, completed with what their decorators
 * cannot say, plus, for every object in the metadata, its record schemas and its own records paths.
 */
export function buildOpenApiDocument(app: INestApplication, registry: Registry, packageTags: TagObject[] = []): OpenAPIObject {
  const packages = [...registry.packages.values()].map((p) => `${p.name} ${p.version}`).join(', ');
  const config = new DocumentBuilder()
    .setTitle(DOCS_TITLE)
    .setDescription(
      `A Salesforce-style records API: every object in the metadata (${packages}) gets the same routes, ` +
        'and its own schemas here. Errors are always a list of `{ errorCode, message, fields }`. ' +
        'Numbers travel as exact decimal strings, dates as YYYY-MM-DD, date-times as ISO-8601 instants, ' +
        "multi-select picklists as 'A;B'. Sign in with POST /api/auth/login.",
    )
    .setVersion('1.0')
    .addServer('/', 'This server (the paths carry the /api prefix)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The `accessToken` from POST /api/auth/login.' }, BEARER)
    .addCookieAuth(
      SESSION_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'The session cookie POST /api/auth/login sets (the web app).' },
      COOKIE,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-CSRF-Token',
        description: 'The `csrfToken` of the session: changes made with the session cookie must send it.',
      },
      CSRF,
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description:
          'The operator token (LUMARY_OPERATOR_TOKEN; `npm start` prints one on the embedded database), for the operator routes only.',
      },
      OPERATOR,
    )
    .build();
  // No tag named after the controller for a controller without @ApiTags: such operations are
  // left untagged, for the OpenAPI test to name, instead of under a tag without a description.
  const document = SwaggerModule.createDocument(app, config, { autoTagControllers: false });
  completeControllerOperations(document, publicOperationIds(app));

  const components = (document.components ??= {});
  addSharedComponents(components);
  const schemas = (components.schemas ??= {});
  const tags: TagObject[] = [...API_TAGS, ...packageTags];
  for (const object of registry.objects) {
    for (const [name, schema] of [
      [object.apiName, readSchema(registry, object)],
      [`${object.apiName}Input`, inputSchema(registry, object)],
      [`${object.apiName}Update`, updateSchema(registry, object)],
    ] as const) {
      if (schemas[name])
        throw new Error(`OpenAPI: the schema ${name} of object ${object.apiName} clashes with another schema of the same name`);
      schemas[name] = schema;
    }
    Object.assign(document.paths, objectPaths(object));
    tags.push(objectTag(object));
  }
  const used = new Set(Object.values(document.paths).flatMap((item) => operations(item).flatMap(([, op]) => op.tags ?? [])));
  document.tags = [...tags, ...[...used].filter((name) => !tags.some((t) => t.name === name)).map((name) => ({ name }))].filter((t) =>
    used.has(t.name),
  );
  return document;
}

/** Adds security, tags, summaries, bodies and error responses to the operations Nest generated. */
function completeControllerOperations(document: OpenAPIObject, publicIds: Set<string>): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of operations(item)) {
      if (REPLACED_BY_OBJECT_PATHS.has(operation.operationId ?? '')) {
        delete item[method];
        continue;
      }
      // The operator controller is public to the session guard: it checks the operator token itself.
      const isOperator = operation.tags?.includes(OPERATOR_TAG.name) ?? false;
      const isPublic = publicIds.has(operation.operationId ?? '') && !isOperator;
      operation.security = isOperator
        ? OPERATOR_SECURITY
        : isPublic
          ? []
          : method === 'get' || method === 'head'
            ? READ_SECURITY
            : WRITE_SECURITY;
      const docs = CONTROLLER_DOCS[operation.operationId ?? ''];
      if (docs) {
        const { responses, ...rest } = docs;
        Object.assign(operation, rest);
        if (responses) operation.responses = { ...operation.responses, ...responses };
      } else if (!isPublic) {
        operation.responses = { ...errorResponses('Unauthorized'), ...operation.responses };
      }
    }
    if (!operations(item).length) delete document.paths[path];
  }
}

function operations(item: PathItemObject): [(typeof METHODS)[number], OperationObject][] {
  return METHODS.filter((m) => item[m]).map((m) => [m, item[m] as OperationObject]);
}

/** The operationIds (`<Controller>_<method>`, Nest's default) of the routes marked @Public(). */
function publicOperationIds(app: INestApplication): Set<string> {
  const key = Public().KEY;
  const reflector = app.get(Reflector);
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[method];
        if (method === 'constructor' || typeof handler !== 'function') continue;
        if (reflector.getAllAndOverride<boolean>(key, [handler, controller])) ids.add(`${controller.name}_${method}`);
      }
    }
  }
  return ids;
}
