/**
 * The web shell's kit for a package's web part (PLATFORM.md, "Packages are units"): the package
 * contract the shell composes (`WebPackage`), the API client and its errors, record-page
 * component slots, field formatting and record forms. The shell's components a package's pages
 * reuse (error panel, form dialogs, the app home) are in `@platform/web/ui`, a separate entry so
 * that the shell's first load does not carry them. The shell app uses the same pieces; a
 * package's web library imports only from these two. The library's package.json declares it free
 * of side effects, so a bundle keeps only the parts it uses.
 */
export * from './lib/packages/web-package';
export * from './lib/packages/package-objects';
export * from './lib/record/package-components';
export * from './lib/core/api-error';
export * from './lib/core/api.client';
export * from './lib/core/api-resource';
export * from './lib/fields/field-error';
export * from './lib/fields/format';
export * from './lib/form/record-form';
export * from './lib/launcher/load-app-home';
export * from './lib/icons/icons';
export * from './lib/a11y/page-title';
export * from './lib/a11y/page-focus';
