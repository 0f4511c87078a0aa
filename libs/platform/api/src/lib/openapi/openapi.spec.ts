import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { checkedBy, isValidatedDto } from '@platform/contract';
import { contractProblems } from '../../testing/openapi-contract';
import { TenantService } from '@platform/tenancy';
import { FIXTURE, platformMetadataDir, signedInUser } from '../../testing/api-fixture';
import type { ComponentsObject, OperationObject, SchemaObject, TagObject } from '@nestjs/swagger';
import { createTestDatabase } from '@platform/storage';
import { startApi, type RunningApi } from '../bootstrap';
import { readConfig } from '../config/app-config';

const repoRoot = join(__dirname, '../../../../../..');
const ENTITY = 'fixture__Register__c';
const SETTINGS = 'fixture__Member_Settings__c';

let api: RunningApi;
/** The document as served, typed for reading in tests. */
interface Doc {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, OperationObject>>;
  components: Required<Pick<ComponentsObject, 'schemas' | 'responses' | 'securitySchemes'>>;
  tags?: TagObject[];
}
type Schema = SchemaObject & { properties: Record<string, SchemaObject> };

let doc: Doc;

const schema = (name: string) => doc.components.schemas[name] as Schema;
const property = (schemaName: string, field: string) => schema(schemaName).properties[field];

beforeAll(async () => {
  const database = await createTestDatabase();
  api = await startApi(
    { ...readConfig({ PORT: '0', METADATA_DIR: platformMetadataDir() }, repoRoot), quiet: true },
    { openDatabase: async () => database, metadataFolders: 'all' },
  );
  const response = await fetch(`${api.url}/api/docs-json`);
  expect(response.status).toBe(200);
  doc = (await response.json()) as Doc;
});

afterAll(() => api?.close());

describe('the OpenAPI document at /api/docs-json', () => {
  it('is an OpenAPI 3 document of the API, served without a session', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBe('Lumary platform API');
    expect(doc.components.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'lumary_sid' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      operator: { type: 'http', scheme: 'bearer' },
    });
  });

  it("documents the controllers' routes, public ones without security", () => {
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/sobjects']),
    );
    // The generic record routes are spelled out per object instead.
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.filter((id) => /^SObjectsController_(describe|create|get|update|delete|history)$/.test(id ?? ''))).toEqual([]);
    expect(doc.paths['/api/health'].get.security).toEqual([]);
    expect(doc.paths['/api/auth/login'].post.security).toEqual([]);
    expect(doc.paths['/api/auth/me'].get.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(doc.paths['/api/auth/logout'].post.security).toEqual([{ bearer: [] }, { cookie: [], csrf: [] }]);
    // Operator routes are outside the users' sessions: they take the operator token.
    expect(doc.paths['/api/ops/tenants'].get.security).toEqual([{ operator: [] }]);
    expect(doc.paths['/api/sobjects'].get.responses['200']).toEqual({
      description: 'The objects the caller may read.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/DescribeGlobal' } } },
    });
    // A DTO's properties, as the swagger plugin reads them (jest applies it as the build does).
    expect(doc.paths['/api/health'].get.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/HealthReport' } } },
    });
    expect(Object.keys(schema('HealthReport').properties).sort()).toEqual(['database', 'packages', 'status']);
    expect(property('HealthPackage', 'version')).toMatchObject({ type: 'string', description: 'The version this server runs.' });
    expect(doc.paths['/api/auth/login'].post.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/LoginRequest' } } },
    });
  });

  it('has the read schema of every object, fields typed by the value rules of the engine', () => {
    const entity = schema(ENTITY);
    expect(entity.type).toBe('object');
    expect(entity.properties['attributes']).toMatchObject({ type: 'object', readOnly: true });
    expect(property(ENTITY, 'Id')).toMatchObject({ type: 'string', format: 'uuid', readOnly: true });
    expect(property(ENTITY, 'CreatedDate')).toMatchObject({ type: 'string', format: 'date-time', readOnly: true });
    expect(property(ENTITY, 'fixture__Start_Date__c')).toMatchObject({
      type: 'string',
      format: 'date',
      nullable: true,
      description: 'First date of the period; must be before the End Date.',
    });
    expect(property(ENTITY, 'fixture__Start_Date__c').readOnly).toBeUndefined();
    expect(property(ENTITY, 'fixture__Status__c')).toMatchObject({ type: 'string', enum: ['Open', 'Closed'] });
    expect(property(ENTITY, 'Name')).toMatchObject({ type: 'string', maxLength: 80 });
    expect(property(ENTITY, 'fixture__Active__c')).toMatchObject({ type: 'boolean' });
    expect(property(ENTITY, 'fixture__Active__c').nullable).toBeUndefined();
    expect(property(ENTITY, 'RecordTypeId').enum).toEqual(expect.arrayContaining(['Period', 'Category']));
    expect(property('Contact', 'Name')).toMatchObject({ type: 'string', readOnly: true, nullable: true, description: 'Full Name' });
    expect(property(SETTINGS, 'fixture__Terms__c')).toMatchObject({ type: 'string', format: 'decimal', pattern: '^-?\\d{1,3}$' });
    expect(property(SETTINGS, 'Name')).toMatchObject({ type: 'string', readOnly: true });
    expect(entity.required).toEqual(Object.keys(entity.properties));
  });

  it('has an Input schema of the writable fields, requiring those a create must send', () => {
    const input = schema(`${ENTITY}Input`);
    expect(Object.keys(input.properties)).toEqual(
      expect.arrayContaining(['Name', 'RecordTypeId', 'fixture__Start_Date__c', 'fixture__Status__c']),
    );
    expect(Object.keys(input.properties)).not.toEqual(expect.arrayContaining(['Id']));
    expect(input.properties['CreatedDate']).toBeUndefined();
    // Status has a default value, so a create may leave it out.
    expect(input.required).toEqual(['RecordTypeId', 'Name']);
    expect(property(`${ENTITY}Input`, 'fixture__Status__c')).toMatchObject({ enum: ['Open', 'Closed'], default: 'Open' });
    expect(schema('ContactInput').properties['Name']).toBeUndefined();
    expect(schema(`${SETTINGS}Input`).properties['Name']).toBeUndefined();
    expect(schema(`${SETTINGS}Input`).required).toEqual(['fixture__Member__c']);
    expect(schema(`${ENTITY}Update`).required).toBeUndefined();
    // A required field cannot be emptied; a number is a decimal string or a short JSON number.
    expect(property(`${SETTINGS}Input`, 'fixture__Member__c').nullable).toBeUndefined();
    expect(property(`${SETTINGS}Input`, 'fixture__Terms__c')).toMatchObject({
      oneOf: [
        { type: 'string', format: 'decimal', nullable: true },
        { type: 'number', nullable: true },
      ],
    });
  });

  it('has the records paths of every object, with its schemas and the error shape', () => {
    const create = doc.paths[`/api/sobjects/${ENTITY}`].post;
    expect(create.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${ENTITY}Input` } } },
    });
    expect(create.responses['201']).toEqual({
      description: 'Created.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateResult' } } },
    });
    expect(create.responses['400']).toEqual({ $ref: '#/components/responses/BadRequest' });
    expect(create.tags).toEqual([ENTITY]);
    expect(create.security).toEqual([{ bearer: [] }, { cookie: [], csrf: [] }]);

    const record = doc.paths[`/api/sobjects/${ENTITY}/{id}`];
    expect(record.get.responses['200']).toMatchObject({
      headers: { ETag: { $ref: '#/components/headers/ETag' } },
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${ENTITY}` } } },
    });
    expect(record.patch.parameters).toEqual([{ $ref: '#/components/parameters/IfMatch' }]);
    expect(Object.keys(record.patch.responses)).toEqual(['204', '400', '401', '403', '404', '412']);
    expect(record.delete.responses['412']).toEqual({ $ref: '#/components/responses/PreconditionFailed' });
    expect(doc.paths[`/api/sobjects/${ENTITY}/describe`].get).toBeDefined();
    expect(doc.paths[`/api/sobjects/${ENTITY}/{id}/history`].get).toBeDefined();
    for (const { apiName } of api.registry.objects) {
      expect([apiName, `${apiName}Input`, `${apiName}Update`].filter((name) => !doc.components.schemas[name])).toEqual([]);
      const base = `/api/sobjects/${apiName}`;
      expect(
        [
          `${base}:post`,
          `${base}/describe:get`,
          `${base}/{id}:get`,
          `${base}/{id}:patch`,
          `${base}/{id}:delete`,
          `${base}/{id}/history:get`,
        ].filter((key) => {
          const [path, method] = key.split(':');
          return !doc.paths[path]?.[method];
        }),
      ).toEqual([]);
    }

    expect(doc.components.responses['NotFound']).toEqual(
      expect.objectContaining({
        content: { 'application/json': expect.objectContaining({ schema: { $ref: '#/components/schemas/ApiErrors' } }) },
      }),
    );
    expect(schema('ApiErrors')).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/ApiError' } });
    expect(schema('ApiError').required).toEqual(['errorCode', 'message', 'fields']);
  });

  it('gives every operation a summary and a tag, and describes every tag it uses', () => {
    // Swagger UI groups operations by tag and lists each by its summary: an operation without
    // either lands in "default" as a bare path, and a tag without a description is a bare name.
    const problems: string[] = [];
    const used = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method)) continue;
        const missing = [!operation.summary?.trim() && 'summary', !operation.tags?.length && 'tag'].filter(Boolean);
        if (missing.length) problems.push(`${method.toUpperCase()} ${path} (${operation.operationId}): no ${missing.join(', no ')}`);
        for (const tag of operation.tags ?? []) used.add(tag);
      }
    }
    const described = new Set((doc.tags ?? []).filter((t) => t.description?.trim()).map((t) => t.name));
    for (const tag of used) if (!described.has(tag)) problems.push(`tag '${tag}': not declared with a description`);
    expect(problems).toEqual([]);
    expect(used.size).toBeGreaterThan(0);
  });

  it('refers only to components it has', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, kind, name] of refs) {
      expect(
        `${kind}/${name}: ${(doc.components as Record<string, Record<string, unknown> | undefined>)[kind]?.[name] ? 'ok' : 'missing'}`,
      ).toBe(`${kind}/${name}: ok`);
    }
    const ids = Object.values(doc.paths).flatMap((item) =>
      ['get', 'post', 'patch', 'delete', 'put'].map((m) => item[m]?.operationId).filter(Boolean),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the OpenAPI document is the contract', () => {
  it('documents every operation: request bodies, 2xx answers and query parameters, each with its schema', () => {
    expect(contractProblems(api.app, doc as never)).toEqual([]);
  });

  it("names an operation's undocumented parts (the check bites)", () => {
    // The same document with one body, one answer and one query parameter taken out.
    const broken = JSON.parse(JSON.stringify(doc)) as Doc;
    delete broken.paths['/api/auth/login'].post.requestBody;
    delete broken.paths['/api/auth/me'].get.responses['200'];
    broken.paths['/api/ui/list-views/{object}/{view}'].get.parameters = [];
    const problems = contractProblems(api.app, broken as never);
    expect(problems).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login (AuthController_login): its body is not documented',
        expect.stringMatching(
          /^GET \/api\/ui\/list-views\/\{object\}\/\{view\} \(\w+\): (its query parameters are not documented|query parameter '\w+' not documented)$/,
        ),
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Swagger UI at /api/docs', () => {
  it('serves its page and its assets without a session', async () => {
    const page = await fetch(`${api.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<title>Lumary platform API</title>');
    for (const asset of ['swagger-ui-bundle.js', 'swagger-ui-init.js', 'swagger-ui.css']) {
      expect(html).toContain(asset);
      const response = await fetch(`${api.url}/api/docs/${asset}`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });
});

describe('the documented shapes, against the running API', () => {
  it('match what a create and a read return', async () => {
    const { token: accessToken } = await signedInUser(api, new TenantService(api.database.dataSource, api.registry), {
      slug: 'docs',
      username: 'docs@example.test',
      permissionSets: [FIXTURE.permissionSet],
    });
    const headers = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
    const body = { RecordTypeId: 'Period', Name: 'March 2025', fixture__Start_Date__c: '2025-03-01', fixture__End_Date__c: '2025-03-31' };
    const created = await fetch(`${api.url}/api/sobjects/${ENTITY}`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect(created.status).toBe(201);
    const result = (await created.json()) as { id: string };
    expect(Object.keys(result).sort()).toEqual(Object.keys(schema('CreateResult').properties).sort());

    const read = await fetch(`${api.url}/api/sobjects/${ENTITY}/${result.id}`, { headers });
    expect(read.headers.get('etag')).toBe('"1"');
    const record = (await read.json()) as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(Object.keys(schema(ENTITY).properties).sort());
    for (const [name, value] of Object.entries(record)) {
      const field = property(ENTITY, name);
      if (value === null) expect(`${name} nullable: ${field.nullable}`).toBe(`${name} nullable: true`);
      else if (field.type !== 'object') expect(`${name}: ${typeof value}`).toBe(`${name}: ${field.type}`);
      if (typeof value === 'string' && field.pattern) expect(value).toMatch(new RegExp(field.pattern));
      if (typeof value === 'string' && field.enum) expect(field.enum).toContain(value);
    }
  });
});
