/** The shapes of the UI API and records API responses the shell draws from. */

/** One entry of the Salesforce error list every failed request answers with. */
export interface ApiErrorItem {
  errorCode: string;
  message: string;
  fields: string[];
}

export interface User {
  id: string;
  username: string;
  name: string;
  email: string;
  profile: string;
  tenantId: string;
}

export interface LoginResponse {
  csrfToken: string;
  user: User;
}

export interface AppTab {
  object: string;
  label: string;
}

export interface AppSummary {
  name: string;
  label: string;
  description: string | null;
  icon: string | null;
  tabs: AppTab[];
}

export interface DashboardCard {
  label: string;
  description?: string;
  icon?: string;
  object: string;
  listView?: string;
}

export interface AppDetail extends AppSummary {
  dashboard: DashboardCard[];
}

/** A lookup's target: a link to the record titled by its name. */
export interface Reference {
  object: string;
  id: string;
  name: string | null;
}

/** How a column or field is drawn: `displayType` is a Formula's return type, a Summary's summed type. */
export interface FieldShape {
  name: string;
  label: string;
  type: string;
  displayType: string;
  relationshipName: string | null;
  referenceTo: string[];
  scale: number | null;
}

export interface Column extends FieldShape {
  sortable?: boolean;
}

export type ApiRecord = Record<string, unknown> & { Id: string };

export interface ObjectInfo {
  name: string;
  label: string;
  pluralLabel: string;
  nameField?: string;
}

export interface RecordTypeChoice {
  name: string;
  label: string;
  description: string | null;
}

export interface ListViewsInfo {
  object: ObjectInfo;
  createable: boolean;
  recordTypes: RecordTypeChoice[];
  listViews: { name: string; label: string }[];
}

export interface ListViewPage {
  view: { name: string; label: string };
  columns: Column[];
  sort: { field: string; direction: 'asc' | 'desc' } | null;
  totalSize: number | null;
  records: ApiRecord[];
  nextCursor: string | null;
}

export interface PageField extends FieldShape {
  value: unknown;
  reference: Reference | null;
  editable: boolean;
  required: boolean;
}

export interface RelatedList {
  label: string;
  object: string;
  field: string;
  columns: Column[];
  totalSize: number | null;
  records: ApiRecord[];
  createable: boolean;
}

/** A placed part of a record page: a standard one, or a registered package component. */
export interface RegionComponent {
  type: 'highlights' | 'details' | 'relatedLists' | 'component' | string;
  name?: string;
  properties?: Record<string, unknown>;
}

export interface Region {
  name: 'header' | 'main' | 'sidebar' | string;
  components: RegionComponent[];
}

export interface RecordPage {
  object: ObjectInfo;
  id: string;
  version: number;
  recordType: { name: string; label: string } | null;
  title: string | null;
  highlights: PageField[];
  sections: { label: string; columns: 1 | 2; fields: PageField[] }[];
  relatedLists: RelatedList[];
  regions: Region[];
  actions: { edit: boolean; delete: boolean };
}

export interface PicklistOption {
  value: string;
  label: string;
  default: boolean;
}

export interface FormField extends FieldShape {
  required: boolean;
  createable: boolean;
  updateable: boolean;
  length: number | null;
  precision: number | null;
  helpText: string | null;
  defaultValue: unknown;
  picklistValues: PicklistOption[];
}

export interface RecordForm {
  object: ObjectInfo;
  recordType: { name: string; label: string } | null;
  createable: boolean;
  updateable: boolean;
  sections: { label: string; columns: 1 | 2; fields: FormField[] }[];
}

export interface RecordTypesInfo {
  object: ObjectInfo;
  createable: boolean;
  recordTypes: RecordTypeChoice[];
}

export interface QueryResult {
  totalSize: number | null;
  done: boolean;
  records: ApiRecord[];
}
