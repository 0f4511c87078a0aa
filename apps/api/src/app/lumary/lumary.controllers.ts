import { JournalExportsController } from './journal-exports.controller';
import { JournalController } from './journal.controller';
import { InvoicesController } from './invoices.controller';
import { ReportsController } from './reports.controller';

/** The Lumary AR package's endpoints under /api/lumary, registered by the AppModule. */
export const LUMARY_CONTROLLERS = [JournalController, InvoicesController, JournalExportsController, ReportsController];
