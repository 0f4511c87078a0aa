import type { NestExpressApplication } from '@nestjs/platform-express';
import { EngineError } from '@platform/engine';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { toApiErrors } from './api-exception.filter';

/** The largest body the API reads; more is answered 413. */
export const BODY_LIMIT = '1mb';
/** How deep a body or query may nest: deeper is refused before any code walks it recursively. */
export const MAX_DEPTH = 32;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPES = ['application/json', 'application/*+json'];
const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * The one input layer in front of every route: the body parsers (JSON and forms, with a size
 * limit), then a check of everything the request carries (body, query string, path) for what
 * PostgreSQL cannot store or compare: NUL characters, lone UTF-16 surrogates (invalid in jsonb
 * and in UTF-8), and nesting deeper than MAX_DEPTH. A refusal is a 400 naming the place.
 *
 * A problem found here is not answered at once: it is kept with the request and thrown by the
 * InputInterceptor, which Nest runs after every guard. So a caller without a session gets 401 and
 * one without the licence or permission gets 403 whatever the body; only then is bad input
 * answered, by the exception filter's mapping: 413, 415 or 400 in the Salesforce shape. A path
 * that cannot be decoded (or holds a NUL) is answered at once: no route can be matched to it.
 */
export function installRequestInput(app: NestExpressApplication): void {
  app.use(refuseBadPath);
  app.use(deferred(refuseUnknownBodyTypes));
  app.use(deferred(express.json({ limit: BODY_LIMIT, type: JSON_TYPES })));
  app.use(deferred(express.urlencoded({ limit: BODY_LIMIT, extended: false, type: FORM_TYPE })));
  app.use(deferred(checkRequestInput));
}

const inputErrors = new WeakMap<Request, unknown>();

/** The input layer's refusal of this request, if any (kept for the InputInterceptor). */
export const inputErrorOf = (request: Request): unknown => inputErrors.get(request);

type Middleware = (request: Request, response: Response, next: NextFunction) => void;

/** Runs a middleware; its error is kept with the request (the first one) instead of answered. */
function deferred(middleware: Middleware): Middleware {
  return (request, response, next) => {
    if (inputErrors.has(request)) return next();
    middleware(request, response, (error?: unknown) => {
      if (error !== undefined && error !== null && error !== 'route' && error !== 'router') {
        inputErrors.set(request, error);
      }
      next();
    });
  };
}

/** A body that is neither JSON nor a form cannot be read: 415 rather than silently ignored. */
function refuseUnknownBodyTypes(request: Request, _response: Response, next: NextFunction): void {
  if (!BODY_METHODS.has(request.method) || !hasBody(request)) return next();
  if (request.is([...JSON_TYPES, FORM_TYPE])) return next();
  next(
    Object.assign(new Error(`Unsupported Content-Type '${request.headers['content-type'] ?? ''}': send the body as application/json.`), {
      status: 415,
      type: 'content-type.unsupported',
      expose: true,
    }),
  );
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function checkRequestInput(request: Request, _response: Response, next: NextFunction): void {
  try {
    checkValue(request.query, 'query', '');
    if (request.body !== undefined) checkValue(request.body, 'body', '');
  } catch (error) {
    return next(error);
  }
  next();
}

function refuseBadPath(request: Request, response: Response, next: NextFunction): void {
  try {
    checkPath(request.path);
  } catch (error) {
    const [status, errors] = toApiErrors(error);
    response.status(status).json(errors);
    return;
  }
  next();
}

/** Each path segment, decoded as the router will decode it. */
function checkPath(path: string): void {
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw EngineError.invalid('MALFORMED_REQUEST', `The URL path has a malformed percent-encoding: '${segment.slice(0, 40)}'.`, ['path']);
    }
    const problem = textProblem(decoded);
    if (problem) throw EngineError.invalid('INVALID_CHARACTER', `The URL path ${problem}.`, ['path']);
  }
}

/**
 * Walks a parsed body or query without recursion (so depth itself cannot overflow the stack):
 * every key and string is checked, and nesting beyond MAX_DEPTH refused. `where` names the part
 * in messages; a field is named by its path (`lines[2].description`), a query parameter by its name.
 */
export function checkValue(root: unknown, where: 'body' | 'query', rootPath: string): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) throw EngineError.invalid('INVALID_CHARACTER', `${describePath(where, path)} ${problem}.`, [path || where]);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      throw EngineError.invalid('JSON_PARSER_ERROR', `The request ${where} nests more than ${MAX_DEPTH} levels deep.`, [path || where]);
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const problem = textProblem(key);
      if (problem)
        throw EngineError.invalid('INVALID_CHARACTER', `A ${where === 'query' ? 'query parameter' : 'field'} name ${problem}.`, [
          path || where,
        ]);
      stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What PostgreSQL cannot take in a text: a NUL, or half of a surrogate pair. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode), which cannot be stored';
  return undefined;
}

function describePath(where: 'body' | 'query', path: string): string {
  if (!path) return `The request ${where}`;
  return where === 'query' ? `Query parameter '${path}'` : `Field ${path}`;
}

/** Throws the input layer's refusal of the request after the guards (session, licence, permission) let it through. */
@Injectable()
export class InputInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const error = inputErrorOf(context.switchToHttp().getRequest<Request>());
      if (error !== undefined) throw error;
    }
    return next.handle();
  }
}
