/** What the layout and record page editors share: cards of items reordered by drag, buttons or keys. */
export const EDITOR_STYLES = `
  .settings { display: flex; gap: 16px; flex-wrap: wrap; }
  .settings mat-form-field { min-width: 280px; }
  .record-types { min-width: 360px; }
  .sections { display: flex; flex-direction: column; gap: 12px; margin-bottom: 12px; }
  .section { padding: 12px 16px; margin-bottom: 12px; }
  .section-head { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
  .section-head h2 { margin: 0; font: var(--mat-sys-title-medium); }
  .section-label { min-width: 240px; }
  .handle { cursor: move; color: var(--mat-sys-on-surface-variant); }
  .items { list-style: none; margin: 8px 0; padding: 0; min-height: 48px; border: 1px dashed var(--mat-sys-outline-variant); border-radius: 8px; }
  .item { display: flex; align-items: center; gap: 8px; padding: 0 8px; min-height: 44px; border-bottom: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface); }
  .item:last-child { border-bottom: 0; }
  .item-label { font: var(--mat-sys-body-large); }
  .empty { padding: 12px; }
  .add { min-width: 320px; }
  .columns { min-width: 320px; padding: 4px 0; }
  .add-section { display: flex; align-items: center; gap: 12px; margin-bottom: 16px; }
  .errors { color: var(--mat-sys-error); border: 1px solid var(--mat-sys-error); border-radius: 8px; padding: 4px 12px; margin-bottom: 12px; }
  .saved { color: var(--mat-sys-primary); }
  .cdk-drag-preview { box-shadow: var(--mat-sys-level3); border-radius: 8px; }
  .cdk-drag-placeholder { opacity: 0.4; }
  .cdk-drag-animating, .items.cdk-drop-list-dragging .item:not(.cdk-drag-placeholder) { transition: transform 200ms cubic-bezier(0, 0, 0.2, 1); }
`;
