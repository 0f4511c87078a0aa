import { Instant, LocalDate, ZoneId } from '@js-joda/core';
import '@js-joda/timezone';
import type { FieldDef, ObjectDef, ObjectPermission, Registry } from '@platform/metadata';

/**
 * A caller's access as the engine asks for it (the security library's AccessPolicy is one).
 * Absent on a context, the caller is the platform itself, with full access.
 */
export interface AccessControl {
  /** Why the object is closed to the caller (licence or permission), or undefined. */
  denial(object: ObjectDef): { reason: 'licence' | 'permission'; message: string } | undefined;
  object(object: ObjectDef): ObjectPermission;
  field(object: ObjectDef, field: FieldDef): { read: boolean; edit: boolean };
  /** Whether the caller holds a custom permission (packages check their own, e.g. re-opening a period). */
  hasCustomPermission?(apiName: string): boolean;
  /** The metadata the access was worked out over (sharing narrows its objects' tables). */
  readonly registry?: Registry;
}

/** Who is asking, for which tenant, and what "today" is there: every engine call takes one. */
export interface RequestContext {
  tenantId: string;
  userId: string | null;
  /** Today's calendar date in the tenant's time zone (TODAY() in formulas). */
  today: LocalDate;
  now: Instant;
  /** The tenant's IANA time zone. */
  timeZone: string;
  /** The signed-in user's access; absent for the platform's own work (seeding, packages' jobs). */
  access?: AccessControl;
  /** The tenant's metadata with its customisations; absent, the engine looks it up. */
  registry?: Registry;
}

export function requestContext(
  tenantId: string,
  userId: string | null,
  timeZone = 'Australia/Sydney',
  access?: AccessControl,
): RequestContext {
  const now = Instant.now();
  return { tenantId, userId, now, timeZone, today: LocalDate.ofInstant(now, ZoneId.of(timeZone)), access };
}
