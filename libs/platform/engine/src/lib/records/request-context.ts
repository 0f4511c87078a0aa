import { Instant, LocalDate, ZoneId } from '@js-joda/core';
import '@js-joda/timezone';

/** Who is asking, for which tenant, and what "today" is there: every engine call takes one. */
export interface RequestContext {
  tenantId: string;
  userId: string | null;
  /** Today's calendar date in the tenant's time zone (TODAY() in formulas). */
  today: LocalDate;
  now: Instant;
  /** The tenant's IANA time zone. */
  timeZone: string;
}

export function requestContext(tenantId: string, userId: string | null, timeZone = 'Australia/Sydney'): RequestContext {
  const now = Instant.now();
  return { tenantId, userId, now, timeZone, today: LocalDate.ofInstant(now, ZoneId.of(timeZone)) };
}
