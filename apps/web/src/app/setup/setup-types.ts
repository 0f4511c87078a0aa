import type { Schemas } from '@platform/api-client';

/** Setup's shapes, by the names the Setup pages use: each is the generated API client's (`@platform/api-client`). */
export type SetupObjectDetail = Schemas['SetupObject'];
export type SetupField = Schemas['SetupField'];
export type SetupSummaryOption = Schemas['SetupSummaryOption'];
export type SummaryOperation = Schemas['SetupFieldSummary']['operation'];
export type SetupLayout = Schemas['SetupLayout'];
export type SetupLayoutSection = Schemas['SetupLayoutSection'];
export type SetupRelatedList = Schemas['SetupRelatedList'];
export type SetupRecordPage = Schemas['SetupRecordPage'];
export type SetupRegion = Schemas['SetupRegion'];
export type RegionName = SetupRegion['name'];
export type PageComponent = SetupRegion['components'][number];
/** The body of POST /api/setup/objects/:object/fields. */
export type NewFieldInput = Schemas['FieldRequest'];
/** The body of PATCH /api/setup/objects/:object/fields/:field. */
export type FieldChanges = Schemas['FieldChangeRequest'];
export type FieldGrant = Schemas['FieldGrantInput'];
