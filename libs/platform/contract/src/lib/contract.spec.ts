import 'reflect-metadata';
import {
  Body,
  Catch,
  Controller,
  Get,
  Module,
  Post,
  Query,
  type ArgumentsHost,
  type ExceptionFilter,
  type INestApplication,
} from '@nestjs/common';
import { APP_FILTER, APP_PIPE, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { EngineError } from '@platform/engine';
import type { Response } from 'express';
import { SampleHeadersDto, SampleQueryDto, SampleRequestDto } from '../testing/sample.dto';
import { createValidationPipe, RequestHeaders } from '../index';

@Controller('samples')
class SampleController {
  @Post()
  create(@Body() body: SampleRequestDto, @RequestHeaders(SampleHeadersDto) headers: SampleHeadersDto) {
    return { body, instance: body instanceof SampleRequestDto, key: headers['idempotency-key'] ?? null };
  }

  @Get()
  list(@Query() query: SampleQueryDto) {
    return { pageSize: query.pageSize ?? null, type: typeof query.pageSize };
  }

  @Post('free')
  free(@Body() body: unknown) {
    return { body };
  }
}

@Catch(EngineError)
class EngineErrorFilter implements ExceptionFilter {
  catch(error: EngineError, host: ArgumentsHost) {
    host.switchToHttp().getResponse<Response>().status(400).json(error.errors);
  }
}

@Module({
  controllers: [SampleController],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: EngineErrorFilter },
  ],
})
class SampleModule {}

let app: INestApplication;
let url: string;
let doc: OpenAPIObject;

beforeAll(async () => {
  app = await NestFactory.create(SampleModule, { logger: false });
  await app.listen(0);
  url = `http://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
  doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
});
afterAll(() => app?.close());

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};

const good = {
  customer: '3f2a4e0c-1b2d-4c3e-8f9a-0b1c2d3e4f5a',
  date: '2026-02-28',
  lines: [{ description: 'Support', amount: '120.50' }],
};

describe('the global ValidationPipe', () => {
  it('passes a good body through as an instance of its DTO, numbers still strings', async () => {
    const response = await post('/samples', good);
    expect(response).toEqual({ status: 201, body: { body: good, instance: true, key: null } });
  });

  it('reports every violation at once, one error per field, named by its path', async () => {
    const response = await post('/samples', {
      customer: 'not-an-id',
      date: '2026-02-30',
      lines: [
        { description: 'ok', amount: '1.00' },
        { description: '', amount: 12.5 },
        { amount: '1.234', extra: 1 },
      ],
      colour: 'red',
    });
    expect(response.status).toBe(400);
    const byField = Object.fromEntries(
      (response.body as { errorCode: string; message: string; fields: string[] }[]).map((e) => [e.fields.join(), e]),
    );
    expect(Object.keys(byField).sort()).toEqual([
      'colour',
      'customer',
      'date',
      'lines[1].amount',
      'lines[1].description',
      'lines[2].amount',
      'lines[2].description',
      'lines[2].extra',
    ]);
    expect(byField['colour']).toEqual({
      errorCode: 'INVALID_FIELD',
      message: "Unknown field 'colour': this request does not take it.",
      fields: ['colour'],
    });
    expect(byField['lines[2].extra'].errorCode).toBe('INVALID_FIELD');
    expect(byField['customer']).toEqual({
      errorCode: 'INVALID_CROSS_REFERENCE_KEY',
      message: "customer must be a record id, got 'not-an-id'",
      fields: ['customer'],
    });
    expect(byField['date'].message).toBe("date must be a real calendar date, got '2026-02-30'");
    expect(byField['lines[1].amount'].message).toMatch(/^lines\[1\]\.amount must be a non-negative decimal string .*got number 12.5$/);
    expect(byField['lines[2].description']).toMatchObject({ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['lines[2].description'] });
    expect(byField['lines[2].description'].message).toMatch(/^Required fields are missing: \[lines\[2\]\.description\]/);
  });

  it('keeps the engine date range (1700 to 4000) and refuses a body that is not an object', async () => {
    for (const date of ['1699-12-31', '4001-01-01', '2026-1-01', '0000-01-01']) {
      const response = await post('/samples', { ...good, date });
      expect([date, response.status, response.body.map((e: { fields: string[] }) => e.fields)]).toEqual([date, 400, [['date']]]);
    }
    for (const body of ['[1,2]', '[]']) {
      const response = await post('/samples', body);
      expect([body, response.status, response.body[0].errorCode]).toEqual([body, 400, 'JSON_PARSER_ERROR']);
    }
  });

  it('converts and checks query parameters, and leaves routes without a DTO alone', async () => {
    expect(await (await fetch(`${url}/samples?pageSize=20`)).json()).toEqual({ pageSize: 20, type: 'number' });
    const bad = await fetch(`${url}/samples?pageSize=0&sort=x`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).map((e: { fields: string[] }) => e.fields[0]).sort()).toEqual(['pageSize', 'sort']);
    expect(await post('/samples/free', { anything: [1] })).toEqual({ status: 201, body: { body: { anything: [1] } } });
  });

  it('passes on a parameter whose type is no DTO (its emitted metadata may be any function)', async () => {
    // `type Body = Record<string, unknown>` next to Nest's Body decorator emits the decorator itself.
    const pipe = createValidationPipe();
    expect(await pipe.transform({ reason: 'x' }, { type: 'body', metatype: Body as never })).toEqual({ reason: 'x' });
    expect(await pipe.transform({ reason: 'x' }, { type: 'body', metatype: Object })).toEqual({ reason: 'x' });
    await expect(pipe.transform({ reason: 'x' }, { type: 'body', metatype: SampleQueryDto })).rejects.toMatchObject({
      errors: [expect.objectContaining({ fields: ['reason'] })],
    });
  });

  it('validates the declared headers only', async () => {
    expect((await post('/samples', good, { 'Idempotency-Key': 'k-1' })).body.key).toBe('k-1');
    const long = await post('/samples', good, { 'Idempotency-Key': 'k'.repeat(101) });
    expect([long.status, long.body[0].fields]).toEqual([400, ['idempotency-key']]);
  });
});

describe('the swagger plugin (jest applies it as the build does)', () => {
  const schemas = () =>
    doc.components?.schemas as Record<string, { properties: Record<string, Record<string, unknown>>; required?: string[] }>;

  it("documents a DTO's properties, with their comments and the shared validators' formats", () => {
    const sample = schemas()['SampleRequestDto'];
    expect(Object.keys(sample.properties).sort()).toEqual(['customer', 'date', 'draft', 'lines']);
    expect(sample.required?.sort()).toEqual(['customer', 'date', 'lines']);
    expect(sample.properties['customer']).toMatchObject({ type: 'string', format: 'uuid', description: "The customer's record id." });
    expect(sample.properties['date']).toMatchObject({ type: 'string', format: 'date' });
    expect(sample.properties['lines']).toMatchObject({ type: 'array', maxItems: 3, items: { $ref: '#/components/schemas/SampleLineDto' } });
    expect(schemas()['SampleLineDto'].properties['amount']).toMatchObject({
      type: 'string',
      format: 'decimal',
      pattern: '^\\d{1,16}(\\.\\d{1,2})?$',
    });
    expect(schemas()['SampleLineDto'].properties['description']).toMatchObject({ type: 'string', minLength: 1, maxLength: 80 });
  });

  it('documents query DTOs as parameters and header DTOs as headers', () => {
    const list = doc.paths['/samples'].get;
    expect(list?.parameters).toEqual([
      expect.objectContaining({
        name: 'pageSize',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ minimum: 1, maximum: 200 }),
      }),
    ]);
    const create = doc.paths['/samples'].post;
    expect(create?.parameters).toEqual([
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false, description: 'The same key never records twice.' }),
    ]);
    expect(create?.requestBody).toMatchObject({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/SampleRequestDto' } } },
    });
  });
});
