/**
 * The shell's components a package's pages reuse: the error panel, the form dialog base and
 * frame, the confirmation and toast services (feedback looks the same everywhere), and the app home page a package's own app home builds on. Loaded with the pages that
 * use them, not with the shell's first load (see `@platform/web` for the rest of the kit).
 */
export * from '../lib/shared/error-panel.component';
export * from '../lib/shared/form-dialog';
export * from '../lib/launcher/app-home.page';
export * from '../lib/shared/confirm.dialog';
export * from '../lib/shared/toast.service';
