import { createParamDecorator, type ExecutionContext, type Type } from '@nestjs/common';
import { ApiHeader, DECORATORS } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request } from 'express';
import { validationException } from './validation-errors';

const METADATA_FACTORY = '_OPENAPI_METADATA_FACTORY';

interface PropertyDoc {
  required?: boolean;
  description?: string;
  type?: unknown;
  format?: string;
  maxLength?: number;
  example?: unknown;
}

/**
 * The request headers a route reads, as a DTO: `@RequestHeaders(IdempotencyHeaders) headers`.
 * Declare each header as a property named in lower case (`'idempotency-key'?: string`) with its
 * validators. Only the declared headers are validated and kept (a request carries many others);
 * a bad one is a 400 naming the header, in the Salesforce shape. Each is documented as a header
 * parameter of the operation, from the DTO's doc comments and types (the swagger plugin).
 */
export function RequestHeaders<T extends object>(dto: Type<T>): ParameterDecorator {
  const param = createParamDecorator((_data: unknown, context: ExecutionContext) => {
    const headers = context.switchToHttp().getRequest<Request>().headers;
    const instance = plainToInstance(dto, { ...headers });
    const errors = validateSync(instance, {
      whitelist: true,
      forbidNonWhitelisted: false,
      validationError: { target: false, value: true },
    });
    if (errors.length) throw validationException(errors);
    return instance;
  })();
  return (target, key, index) => {
    param(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (!descriptor) return;
    for (const [name, doc] of Object.entries(headerDocs(dto))) {
      ApiHeader({
        name: name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase()),
        required: doc.required ?? true,
        description: doc.description,
        schema: {
          type: 'string',
          ...(doc.format && { format: doc.format }),
          ...(doc.maxLength && { maxLength: doc.maxLength }),
          ...(doc.example !== undefined && { example: doc.example }),
        },
      })(target, key, descriptor);
    }
  };
}

/** The DTO's properties as the swagger plugin and any explicit @ApiProperty describe them. */
function headerDocs(dto: Type<unknown>): Record<string, PropertyDoc> {
  const generated = ((dto as unknown as Record<string, () => Record<string, PropertyDoc>>)[METADATA_FACTORY]?.() ?? {}) as Record<
    string,
    PropertyDoc
  >;
  const docs: Record<string, PropertyDoc> = { ...generated };
  const explicit = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, dto.prototype) as string[] | undefined) ?? [];
  for (const key of explicit.map((k) => k.replace(/^:/, ''))) {
    docs[key] = { ...docs[key], ...(Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype, key) as PropertyDoc) };
  }
  return docs;
}
