import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Salesforce's own REST paths (`/services/data/vNN.N/...`, `/services/oauth2/token`) over the
 * API's: each is rewritten to the `/api/...` route that serves it, before any guard runs, so the
 * same session, licence, permission and sharing checks apply on both surfaces. What differs is
 * only the shape (numbers, URLs, query locators), which SalesforceShapeInterceptor gives the
 * answers of rewritten requests. An unknown path under /services is a JSON 404, never the web app.
 */

/** The API versions this surface answers as; a client may ask for any of them. */
export const SALESFORCE_VERSIONS = Array.from({ length: 66 - 31 + 1 }, (_, i) => `${31 + i}.0`);
export const LATEST_VERSION = SALESFORCE_VERSIONS[SALESFORCE_VERSIONS.length - 1];

/** Salesforce's release names, for the versions list (`label`). */
const RELEASES = ['Winter', 'Spring', 'Summer'];
const releaseLabel = (version: string): string => {
  // v31.0 was Summer '14; three releases a year since.
  const index = Number(version.split('.')[0]) - 31 + 2;
  return `${RELEASES[index % 3]} '${String(14 + Math.floor(index / 3)).padStart(2, '0')}`;
};

/** What a rewritten request carries for the answer's shape. */
export interface SalesforceRequest {
  /** The version in the path, e.g. `62.0`. */
  version: string;
  /** The base of URLs in answers: `/services/data/v62.0`. */
  base: string;
  /** The query, for a query or its next page (turned into a locator in the answer). */
  query?: { soql: string; all: boolean; batchSize?: number };
  /** `GET .../sobjects/{object}`: the describe's summary as `objectDescribe`. */
  basicInfo?: boolean;
}

const SALESFORCE = Symbol('salesforce');
export const salesforceRequestOf = (request: Request): SalesforceRequest | undefined =>
  (request as unknown as { [SALESFORCE]?: SalesforceRequest })[SALESFORCE];
const mark = (request: Request, value: SalesforceRequest) => {
  (request as unknown as { [SALESFORCE]?: SalesforceRequest })[SALESFORCE] = value;
};

/** A query locator: `01g` and the query with its position, so `/query/{locator}` continues it. */
interface Locator {
  q: string;
  c: string;
  b?: number;
}
export const encodeLocator = (locator: Locator): string => `01g${Buffer.from(JSON.stringify(locator)).toString('base64url')}`;
function decodeLocator(text: string): Locator | undefined {
  if (!text.startsWith('01g')) return undefined;
  try {
    const value = JSON.parse(Buffer.from(text.slice(3), 'base64url').toString('utf8')) as Partial<Locator>;
    return typeof value.q === 'string' && typeof value.c === 'string' ? (value as Locator) : undefined;
  } catch {
    return undefined;
  }
}

/** `Sforce-Query-Options: batchSize=500`: Salesforce's page size (200 to 2,000). */
function batchSizeOf(header: string | string[] | undefined): number | undefined {
  const value = /batchSize\s*=\s*(\d+)/i.exec(String(header ?? ''))?.[1];
  return value === undefined ? undefined : Math.min(2000, Math.max(200, Number(value)));
}

function notFound(response: Response, message = 'The requested resource does not exist'): void {
  response.status(404).json([{ errorCode: 'NOT_FOUND', message, fields: [] }]);
}

export function installSalesforcePaths(app: NestExpressApplication): void {
  // Not mounted at /services: Express would put the mount path back in front of the rewritten URL.
  app.use((request: Request, response: Response, next: NextFunction) => {
    // Every request passes here: only /services paths are parsed.
    if (request.path !== '/services' && !request.path.startsWith('/services/')) return next();
    const url = new URL(request.url, 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).slice(1);
    if (parts[0] === 'oauth2' && parts[1] === 'token' && parts.length === 2) {
      request.url = `/api/auth/oauth2/token${url.search}`;
      return next();
    }
    if (parts[0] !== 'data') return notFound(response);
    if (parts.length === 1) {
      if (request.method !== 'GET') return notFound(response);
      response.json(SALESFORCE_VERSIONS.map((v) => ({ label: releaseLabel(v), url: `/services/data/v${v}`, version: v })));
      return;
    }
    const version = /^v(\d{2}\.0)$/.exec(parts[1])?.[1];
    if (!version || !SALESFORCE_VERSIONS.includes(version)) {
      return notFound(response, `Unsupported API version '${parts[1]}': see /services/data for the versions`);
    }
    const base = `/services/data/v${version}`;
    const rest = parts.slice(2);
    const tail = rest.map(encodeURIComponent).join('/');
    const context: SalesforceRequest = { version, base };
    const [resource] = rest;
    if (rest.length === 0) {
      if (request.method !== 'GET') return notFound(response);
      response.json({
        sobjects: `${base}/sobjects`,
        query: `${base}/query`,
        queryAll: `${base}/queryAll`,
      });
      return;
    }
    if (resource === 'sobjects' && rest.length === 2 && request.method === 'GET') {
      // Salesforce's "basic information" of an object (its describe's summary), not a list.
      request.url = `/api/${tail}/describe`;
      context.basicInfo = true;
    } else if (resource === 'sobjects' || (resource === 'composite' && rest[1] === 'sobjects')) {
      request.url = `/api/${tail}${url.search}`;
    } else if (resource === 'query' || resource === 'queryAll') {
      const batchSize = batchSizeOf(request.headers['sforce-query-options']);
      const all = resource === 'queryAll';
      let q: string | null;
      let cursor: string | undefined;
      let size = batchSize;
      if (rest.length === 2) {
        const locator = decodeLocator(rest[1]);
        if (!locator) return notFound(response, `Invalid query locator: ${rest[1]}`);
        q = locator.q;
        cursor = locator.c;
        size = locator.b ?? batchSize;
      } else if (rest.length === 1) {
        q = url.searchParams.get('q');
      } else {
        return notFound(response);
      }
      const params = new URLSearchParams({
        ...(q !== null ? { q } : {}),
        ...(cursor ? { cursor } : {}),
        ...(size ? { pageSize: String(size) } : {}),
      });
      request.url = `/api/query?${params}`;
      if (q !== null) context.query = { soql: q, all, ...(size ? { batchSize: size } : {}) };
    } else {
      return notFound(response);
    }
    mark(request, context);
    next();
  });
}
