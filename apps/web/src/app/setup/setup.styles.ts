/** The look Setup's tables, headers and dialogs share (the list view's table, the AR dialogs' fields). */
export const SETUP_STYLES = `
  .page-header { display: flex; align-items: flex-end; gap: 16px; flex-wrap: wrap; margin-bottom: 16px; }
  .page-header h1 { margin: 0; font: var(--mat-sys-headline-small); }
  .eyebrow { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
  .eyebrow a { color: inherit; }
  .spacer { flex: 1; }
  .table-wrap { overflow-x: auto; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
  table.setup-table { width: 100%; border-collapse: collapse; }
  .setup-table th, .setup-table td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: middle; }
  .setup-table th { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
  .setup-table td.number { text-align: right; }
  .setup-table .empty { color: var(--mat-sys-on-surface-variant); text-align: center; }
  .setup-table .actions { text-align: right; white-space: nowrap; }
  .lock { font-size: 18px; width: 18px; height: 18px; vertical-align: text-bottom; color: var(--mat-sys-on-surface-variant); }
  .muted { color: var(--mat-sys-on-surface-variant); }
  .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
  .error-text { color: var(--mat-sys-error); }
`;

export const SETUP_DIALOG_STYLES = `
  .dialog-form { display: flex; flex-direction: column; gap: 4px; padding-top: 8px; min-width: 420px; }
  .dialog-form mat-form-field { width: 100%; }
  .row { display: flex; gap: 12px; }
  .row > * { flex: 1; }
  .dialog-error { color: var(--mat-sys-error); }
  .muted { color: var(--mat-sys-on-surface-variant); }
  .mono textarea, textarea.mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
  .type-list { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; padding-top: 8px; }
  .checks { display: flex; gap: 24px; margin-bottom: 8px; }
`;
