export { registerLumaryAr } from './lib/register-lumary-ar';
export * from './lib/ar-names';
export { PostingService, type PostedEntry } from './lib/journal/posting.service';
export { parseJournalEntry, type JournalEntryInput, type JournalLineInput, type AccountRef, type ControlType } from './lib/journal/journal-entry';
export { JournalExportService, type JournalExport } from './lib/journal/journal-export.service';
export { TrialBalanceService, type TrialBalance, type TrialBalanceRow } from './lib/reports/trial-balance.service';
