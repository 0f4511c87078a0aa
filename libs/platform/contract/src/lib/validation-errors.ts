import { EngineError, type ErrorCode, type RecordError } from '@platform/engine';
import type { ValidationError } from 'class-validator';

/** The constraint ValidationPipe's `forbidNonWhitelisted` reports for a property the DTO does not declare. */
const UNKNOWN_PROPERTY = 'whitelistValidation';
/** The constraint ValidationPipe reports when the body (or query) is not an object at all. */
const NOT_AN_OBJECT = 'isObject';

/** The error code a validator gives its failures: `@IsString({ context: errorCode('INVALID_FIELD') })`. */
export const errorCode = (code: string) => ({ errorCode: code });

/**
 * class-validator's findings as the API's errors: one `{ errorCode, message, fields }` per field
 * (never only the first), each naming the field by its path as the input layer does:
 * `lines[2].amount`, `customer.address.postcode`, a query parameter by its name.
 *
 * - a property the DTO does not declare: INVALID_FIELD, "Unknown field"
 * - a field left out that must be sent: REQUIRED_FIELD_MISSING
 * - any other failure: the code its validator names (`context: errorCode(...)`), else INVALID_FIELD
 *
 * A field's messages are those of its failed validators, its path in place of the bare property name.
 */
export function validationErrorsToApiErrors(errors: ValidationError[], rootPath = ''): RecordError[] {
  const out: RecordError[] = [];
  const walk = (list: ValidationError[], parent: string, parentIsArray: boolean) => {
    for (const error of list) {
      const path = childPath(parent, String(error.property), parentIsArray);
      const constraints = error.constraints ?? {};
      const names = Object.keys(constraints);
      if (names.length) out.push(fieldError(error, path, names, constraints));
      if (error.children?.length) walk(error.children, path, Array.isArray(error.value));
    }
  };
  walk(errors, rootPath, false);
  return out;
}

/** A ValidationPipe exceptionFactory: every violation at once, as a 400 in the Salesforce shape. */
export function validationException(errors: ValidationError[]): EngineError {
  return new EngineError('invalid', validationErrorsToApiErrors(errors));
}

function childPath(parent: string, property: string, parentIsArray: boolean): string {
  if (parentIsArray && /^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

function fieldError(error: ValidationError, path: string, names: string[], constraints: Record<string, string>): RecordError {
  if (names.includes(UNKNOWN_PROPERTY)) {
    return { errorCode: 'INVALID_FIELD', message: `Unknown field '${path}': this request does not take it.`, fields: [path] };
  }
  if (names.includes(NOT_AN_OBJECT) && (path === 'body' || path === 'query') && error.children?.length === 0) {
    return { errorCode: 'JSON_PARSER_ERROR', message: `The request ${path} must be a JSON object.`, fields: [] };
  }
  const messages = names.map((name) => withPath(constraints[name], String(error.property), path));
  const named = names
    .map((name) => (error.contexts?.[name] as { errorCode?: unknown } | undefined)?.errorCode)
    .find((c): c is ErrorCode => typeof c === 'string');
  if (!named && error.value === undefined) {
    return {
      errorCode: 'REQUIRED_FIELD_MISSING',
      message: `Required fields are missing: [${path}]. ${unique(messages).join('; ')}.`,
      fields: [path],
    };
  }
  return { errorCode: named ?? 'INVALID_FIELD', message: unique(messages).join('; '), fields: [path] };
}

/** class-validator starts its messages with the bare property name: name the whole path instead. */
function withPath(message: string, property: string, path: string): string {
  return property !== path && message.startsWith(`${property} `) ? `${path}${message.slice(property.length)}` : message;
}

const unique = (items: string[]) => [...new Set(items)];
