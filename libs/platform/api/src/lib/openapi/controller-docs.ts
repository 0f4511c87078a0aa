import type { OperationObject } from '@nestjs/swagger';
import { errorResponses } from './components';
import { ref } from './record-schemas';
import { AUTH_TAG, HEALTH_TAG, RECORDS_TAG } from './tags';

/**
 * The generic `/api/sobjects/{object}/...` operations of SObjectsController. The document spells
 * them out per object instead (same routes, with each object's schemas), so they are left out.
 */
export const REPLACED_BY_OBJECT_PATHS = new Set([
  'SObjectsController_describe',
  'SObjectsController_create',
  'SObjectsController_get',
  'SObjectsController_update',
  'SObjectsController_delete',
  'SObjectsController_history',
  'SObjectsController_upsert',
]);

const json = (schema: ReturnType<typeof ref>) => ({ 'application/json': { schema } });

/**
 * What the controllers' decorators do not say (their errors come from the exception filter),
 * keyed by the operationId Nest gives them: `<Controller>_<method>`. `responses` are added to the
 * generated ones (the DTOs' answers), replacing those of the same status.
 */
export const CONTROLLER_DOCS: Record<string, Partial<OperationObject>> = {
  SObjectsController_describeGlobal: {
    tags: [RECORDS_TAG.name],
    summary: 'List the objects',
    responses: {
      '200': { description: 'The objects the caller may read.', content: json(ref('DescribeGlobal')) },
      ...errorResponses('Unauthorized'),
    },
  },
  AuthController_login: {
    tags: [AUTH_TAG.name],
    summary: 'Sign in',
    description:
      'Sets the session as an HttpOnly, SameSite=Strict cookie (`lumary_sid`) for the web app and returns it as `accessToken` for API clients. ' +
      'Cookie sessions must send `csrfToken` in the X-CSRF-Token header of every change.',
    responses: errorResponses('BadRequest', 'Unauthorized', 'TooManyRequests'),
  },
  AuthController_logout: {
    tags: [AUTH_TAG.name],
    summary: 'Sign out',
    responses: { '204': { description: 'Signed out: the session no longer works.' }, ...errorResponses('Unauthorized', 'Forbidden') },
  },
  AuthController_me: {
    tags: [AUTH_TAG.name],
    summary: 'The signed-in user',
    responses: errorResponses('Unauthorized'),
  },
  HealthController_health: {
    tags: [HEALTH_TAG.name],
    summary: 'Health',
    description: 'Answers only once the database answers.',
  },
};
