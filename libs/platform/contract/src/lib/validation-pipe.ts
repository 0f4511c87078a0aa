import { ValidationPipe, type ArgumentMetadata, type ValidationPipeOptions } from '@nestjs/common';
import { EngineError } from '@platform/engine';
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

/**
 * ValidationPipe, and a body that is not a JSON object (an array, a string, a number) where the
 * route takes a DTO is refused as a whole: 400 JSON_PARSER_ERROR. Routes whose parameter is not
 * a class (`unknown`, an interface, a string) are left as they are.
 */
export class ContractValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions = VALIDATION_PIPE_OPTIONS) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && this.toValidate(metadata) && value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw EngineError.invalid('JSON_PARSER_ERROR', 'The request body must be a JSON object.');
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: `{ provide: APP_PIPE, useFactory: createValidationPipe }` (runs after the guards). */
export const createValidationPipe = () => new ContractValidationPipe();
