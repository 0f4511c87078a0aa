import { ValidationPipe, type ArgumentMetadata, type ValidationPipeOptions } from '@nestjs/common';
import { EngineError } from '@platform/engine';
import { getMetadataStorage } from 'class-validator';
import { validationException } from './validation-errors';

/**
 * The options of the API's one global ValidationPipe: a DTO's undeclared properties are refused
 * (each named), its declared ones validated, and the body/query turned into the DTO class.
 * Every violation is reported at once, in the Salesforce error shape (validationException).
 */
export const VALIDATION_PIPE_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  // A query string's numbers and booleans are converted by the DTO's own @Type/@Transform only.
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: true },
  stopAtFirstError: false,
  exceptionFactory: validationException,
};

const CHECKED_BY = Symbol('checked-by');

/**
 * Marks a DTO whose content another layer checks, with its own rules and messages (a Setup
 * field is checked by the metadata's schemas, after the licence check): the pipe passes such a
 * body on unchanged. The DTO still documents the shape in the OpenAPI document.
 */
export const CheckedBy =
  (checker: string): ClassDecorator =>
  (target) => {
    Reflect.defineMetadata(CHECKED_BY, checker, target);
  };

/** Who checks a DTO marked @CheckedBy, if anyone. */
export const checkedBy = (metatype: unknown): string | undefined =>
  typeof metatype === 'function' ? (Reflect.getMetadata(CHECKED_BY, metatype) as string | undefined) : undefined;

/**
 * A DTO the pipe validates: a class with class-validator rules. Anything else a parameter may be
 * typed with (`unknown`, an interface, a type alias, whose emitted metadata may even be some
 * unrelated function) is not a DTO, and is passed on as it is.
 */
export function isValidatedDto(metatype: unknown): boolean {
  return typeof metatype === 'function' && getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).length > 0;
}

/**
 * ValidationPipe, and a body that is not a JSON object (an array, a string, a number) where the
 * route takes a DTO is refused as a whole: 400 JSON_PARSER_ERROR. Routes whose parameter is not
 * a DTO class with rules (isValidatedDto) or whose DTO is @CheckedBy another layer are left as they are.
 */
export class ContractValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions = VALIDATION_PIPE_OPTIONS) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (checkedBy(metadata.metatype) || (metadata.type !== 'custom' && !isValidatedDto(metadata.metatype))) return value;
    if (
      metadata.type === 'body' &&
      this.toValidate(metadata) &&
      value !== undefined &&
      (value === null || typeof value !== 'object' || Array.isArray(value))
    ) {
      throw EngineError.invalid('JSON_PARSER_ERROR', 'The request body must be a JSON object.');
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: `{ provide: APP_PIPE, useFactory: createValidationPipe }` (runs after the guards). */
export const createValidationPipe = () => new ContractValidationPipe();
