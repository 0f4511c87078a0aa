import { failInterruptedRuns, registerLumaryAr, startOutboxWorker } from '@lumary-ar/server';
import { DEMO_LOGINS, seedDemo } from '@lumary-ar/demo';
import type { PackageContext, PackageWorker, ServerPackage } from '@platform/api';
import { AR_TAGS } from './ar-tags';
import { AuditController } from './audit.controller';
import { BillingController } from './billing.controller';
import { DebtorPaymentsController } from './debtor-payments.controller';
import { DebtorsController } from './debtors.controller';
import { JournalExportsController } from './journal-exports.controller';
import { JournalController } from './journal.controller';
import { InvoicesController } from './invoices.controller';
import { InvoiceDocumentsController } from './invoice-documents.controller';
import { PaymentsController } from './payments.controller';
import { ReportsController } from './reports.controller';

/** The Lumary AR package's endpoints, under /api/lumary. */
export const LUMARY_CONTROLLERS = [JournalController, InvoicesController, InvoiceDocumentsController, PaymentsController, JournalExportsController, ReportsController, DebtorsController, BillingController, DebtorPaymentsController, AuditController];

/**
 * Lumary AR's background work, until `@platform/jobs` runs it: invoice emails wait in the outbox
 * and, with an SMTP server configured, are delivered every 30 s; a billing run whose API process
 * stopped would stay Running, so runs are checked at start and every minute.
 */
async function startArWork({ engine, database, config, logger }: PackageContext): Promise<PackageWorker> {
  const outbox = config.smtpUrl ? startOutboxWorker(engine, database, { smtpUrl: config.smtpUrl, defaultFrom: config.smtpFrom, log: (m) => logger.log(m) }) : undefined;
  const recoverRuns = () =>
    failInterruptedRuns(engine, database.owner)
      .then((n) => n && logger.warn(`Marked ${n} interrupted billing run(s) Failed.`))
      .catch((error: unknown) => logger.error(`Checking for interrupted billing runs failed: ${String(error)}`));
  await recoverRuns();
  const runWatch = setInterval(recoverRuns, 60_000);
  runWatch.unref();
  return {
    stop: async () => {
      clearInterval(runWatch);
      await outbox?.stop();
    },
  };
}

/** Lumary AR, as the platform composes it: the API lists it in apps/api/src/packages.ts. */
export const LUMARY_AR: ServerPackage = {
  name: 'Lumary AR',
  metadata: 'lumary-ar',
  controllers: LUMARY_CONTROLLERS,
  openApiTags: AR_TAGS,
  registerTriggers: registerLumaryAr,
  // TODO(lead): the outbox and the stale-run sweep as @platform/jobs definitions (jobs branch).
  jobs: [],
  start: startArWork,
  demo: {
    title: 'tenant "Demo Care Services", and "Other Community Care"',
    logins: DEMO_LOGINS,
    seed: ({ dataSource, registry, engine, auth, progress }) => seedDemo(dataSource, registry, engine, auth, progress),
  },
};
