export * from './lib/model';
export * from './lib/layout-assignment';
export * from './lib/naming';
export * from './lib/registry';
export { loadMetadata, loadPackages, formatErrors, type LoadOptions, type LoadResult, type MetadataCheck } from './lib/loader/loader';
export { qualify } from './lib/loader/namespaces';
export {
  compareVersions,
  sortedComponents,
  type ObjectComponents,
  type PackageComponents,
  type ReleasedField,
} from './lib/loader/releases';
export {
  applyOverlay,
  basedOnLayout,
  basedOnRecordPage,
  CUSTOM_FIELD_TYPES,
  fileOf,
  OVERLAY_FOLDERS,
  OVERLAY_KINDS,
  type FormulaCheck,
  type OverlayEntry,
  type OverlayError,
  type OverlayKind,
} from './lib/overlay/overlay';
export { parseObjectPart } from './lib/loader/loader';
export { YamlSource } from './lib/loader/yaml-source';
