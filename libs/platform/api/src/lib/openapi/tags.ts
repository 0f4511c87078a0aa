import type { TagObject } from '@nestjs/swagger';

/*
 * The tags that group the controllers' operations in Swagger UI, each with the sentence it shows
 * under the tag's name. Controllers name theirs with @ApiTags(X_TAG.name); the document declares
 * them in the order of API_TAGS, then the installed packages' (ServerPackage.openApiTags), before
 * each object's own tag (record-paths.ts).
 */

export const AUTH_TAG = { name: 'auth', description: 'Sign-in: a session cookie for the web app, a bearer token for API clients.' };
export const HEALTH_TAG = { name: 'health', description: 'For load balancers and monitoring.' };
export const RECORDS_TAG = {
  name: 'sobjects',
  description: 'The objects of the metadata. Each object has its records paths under its own tag.',
};
export const QUERY_TAG = { name: 'query', description: 'SOQL queries (a subset) over the records the caller may read, paged by cursor.' };
export const UI_TAG = {
  name: 'ui',
  description: 'What the web app shows, one response each: the App Launcher, record pages, list views, lookups and New/Edit forms.',
};
export const SETUP_TAG = {
  name: 'setup',
  description:
    "Setup's Object Manager: a tenant's custom fields, validation rules, page layouts and record pages. System Administrators only.",
};
export const PERMISSION_SETS_TAG = {
  name: 'permission-sets',
  description:
    "Permission sets and their assignment to the tenant's users. Any user may read them; changing them, and Setup's lists, needs a System Administrator.",
};
export const USERS_TAG = {
  name: 'users',
  description:
    "Setup → Users: the tenant's users, created, edited, deactivated and reactivated, their passwords reset, their login history. System Administrators only.",
};
export const OPERATOR_TAG = {
  name: 'operator',
  description:
    "For the platform's operators, not tenants' users: tenants, their packages and licences. Send the operator token (LUMARY_OPERATOR_TOKEN) " +
    'as the bearer token instead of a session; the operator API is closed when the server has none.',
};

export const API_TAGS: TagObject[] = [
  AUTH_TAG,
  HEALTH_TAG,
  RECORDS_TAG,
  QUERY_TAG,
  UI_TAG,
  SETUP_TAG,
  PERMISSION_SETS_TAG,
  USERS_TAG,
  OPERATOR_TAG,
];
