import { JournalController } from './journal.controller';

/** The Lumary AR package's endpoints under /api/lumary, registered by the AppModule. */
export const LUMARY_CONTROLLERS = [JournalController];
