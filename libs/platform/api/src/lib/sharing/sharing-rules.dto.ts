import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { LIST_VIEW_OPERATORS } from '@platform/metadata';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const REQUIRED = errorCode('REQUIRED_FIELD_MISSING');
const INVALID = errorCode('INVALID_FIELD');
const PICKLIST = errorCode('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
const ACCESS = ['Read', 'ReadWrite'] as const;
const RULE_GRANTEES = ['Role', 'RoleAndSubordinates', 'PermissionSet'] as const;
const MANUAL_GRANTEES = ['User', 'Role', 'RoleAndSubordinates'] as const;
const CRITERION_VALUE = {
  required: false,
  nullable: true,
  description: 'The value to compare with (a list for `in`; left out for `isNull` / `isNotNull`).',
  oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
};

/** One row of a rule's criteria: a field of the object, a list-view operator, a value of the field's type. */
export class SharingCriterionDto {
  @IsString({ context: REQUIRED, message: 'Each criterion names a field.' })
  @MaxLength(255, { context: INVALID })
  @ApiProperty({ example: 'MailingState' })
  field!: string;

  @IsIn(LIST_VIEW_OPERATORS, {
    context: errorCode('INVALID_QUERY_FILTER_OPERATOR'),
    message: `operator must be one of ${LIST_VIEW_OPERATORS.join(', ')}.`,
  })
  @ApiProperty({ enum: LIST_VIEW_OPERATORS, example: 'equals' })
  operator!: (typeof LIST_VIEW_OPERATORS)[number];

  @Allow()
  @ApiProperty(CRITERION_VALUE)
  value?: string | number | boolean | string[] | null;
}

/** A new criteria-based sharing rule (Setup → Sharing Settings). */
export class SharingRuleRequest {
  /** The object whose records it shares (not a master-detail child: those follow their master). */
  @IsString({ context: REQUIRED, message: 'A rule names its object.' })
  @ApiProperty({ example: 'Contact' })
  object!: string;

  @IsString({ context: REQUIRED, message: 'A rule needs a name.' })
  @Matches(/\S/, { context: REQUIRED, message: 'A rule needs a name.' })
  @MaxLength(80, { context: INVALID })
  @ApiProperty({ example: 'Victorian clients' })
  name!: string;

  /** Every row must match (AND); none shares every record of the object. */
  @IsArray({ context: INVALID })
  @ArrayMaxSize(25, { context: INVALID })
  @ValidateNested({ each: true })
  @Type(() => SharingCriterionDto)
  @ApiProperty({ type: SharingCriterionDto, isArray: true })
  criteria!: SharingCriterionDto[];

  @IsIn(ACCESS, { context: PICKLIST, message: `access must be one of ${ACCESS.join(', ')}.` })
  @ApiProperty({ enum: ACCESS })
  access!: (typeof ACCESS)[number];

  @IsIn(RULE_GRANTEES, { context: PICKLIST, message: `sharedWithType must be one of ${RULE_GRANTEES.join(', ')}.` })
  @ApiProperty({ enum: RULE_GRANTEES })
  sharedWithType!: (typeof RULE_GRANTEES)[number];

  /** The role's id (Role, RoleAndSubordinates) or the permission set's API name. */
  @IsString({ context: REQUIRED, message: 'sharedWith names the role or permission set.' })
  @MaxLength(255, { context: INVALID })
  sharedWith!: string;
}

/** A change to a rule: only the fields sent change; its object stays. */
export class SharingRuleUpdateRequest {
  @IsOptional()
  @IsString({ context: INVALID })
  @ApiProperty({ required: false, description: "The rule's object, unchanged (it cannot change)." })
  object?: string;

  @IsOptional()
  @IsString({ context: INVALID })
  @Matches(/\S/, { context: REQUIRED, message: 'A rule needs a name.' })
  @MaxLength(80, { context: INVALID })
  @ApiProperty({ required: false })
  name?: string;

  @IsOptional()
  @IsArray({ context: INVALID })
  @ArrayMaxSize(25, { context: INVALID })
  @ValidateNested({ each: true })
  @Type(() => SharingCriterionDto)
  @ApiProperty({ type: SharingCriterionDto, isArray: true, required: false })
  criteria?: SharingCriterionDto[];

  @IsOptional()
  @IsIn(ACCESS, { context: PICKLIST, message: `access must be one of ${ACCESS.join(', ')}.` })
  @ApiProperty({ enum: ACCESS, required: false })
  access?: (typeof ACCESS)[number];

  @IsOptional()
  @IsIn(RULE_GRANTEES, { context: PICKLIST, message: `sharedWithType must be one of ${RULE_GRANTEES.join(', ')}.` })
  @ApiProperty({ enum: RULE_GRANTEES, required: false })
  sharedWithType?: (typeof RULE_GRANTEES)[number];

  @IsOptional()
  @IsString({ context: INVALID })
  @MaxLength(255, { context: INVALID })
  @ApiProperty({ required: false })
  sharedWith?: string;
}

/** The recomputation of a rule's object's shares (a job): its id, for its progress. */
export class SharingRecalculation {
  @ApiProperty({ format: 'uuid' })
  jobId!: string;
}

/** A criteria-based sharing rule. */
export class SharingRuleDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'Contact' })
  object!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: SharingCriterionDto, isArray: true })
  criteria!: SharingCriterionDto[];
  @ApiProperty({ enum: ACCESS })
  access!: string;
  @ApiProperty({ enum: RULE_GRANTEES })
  sharedWithType!: string;
  /** The role's id or the permission set's API name. */
  @ApiProperty()
  sharedWith!: string;
  /** The role's or permission set's name. */
  @ApiProperty()
  sharedWithLabel!: string;
  /** The records it shares just now (a recalculation may still be running). */
  @ApiProperty()
  recordCount!: number;
  /** After a create or an edit: the job recomputing the object's rule shares. */
  @ApiProperty({ type: SharingRecalculation, required: false })
  recalculation?: SharingRecalculation;
}

export class SharingRuleList {
  @ApiProperty({ type: SharingRuleDto, isArray: true })
  rules!: SharingRuleDto[];
}

/** How far a recalculation has got. */
export class SharingRecalculationStatus {
  @ApiProperty({ format: 'uuid' })
  jobId!: string;
  @ApiProperty({ enum: ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] })
  state!: string;
  /** Records looked at so far. */
  @ApiProperty()
  records!: number;
  /** Rule shares made so far. */
  @ApiProperty()
  shares!: number;
}

/** One reason a record is seen by someone: its owner, a manual share or a sharing rule. */
export class RecordShareDto {
  /** A manual or rule share's id (DELETE takes a manual one's); null for the owner. */
  @ApiProperty({ type: String, nullable: true })
  id!: string | null;
  @ApiProperty({ enum: ['Owner', 'User', 'Role', 'RoleAndSubordinates', 'PermissionSet'] })
  granteeType!: string;
  /** The user's or role's id, or the permission set's API name. */
  @ApiProperty()
  grantee!: string;
  @ApiProperty()
  granteeName!: string;
  @ApiProperty({ enum: ['All', ...ACCESS] })
  access!: string;
  @ApiProperty({ enum: ['Owner', 'Manual', 'Rule'] })
  rowCause!: string;
  @ApiProperty({ required: false, format: 'uuid' })
  ruleId?: string;
  @ApiProperty({ required: false })
  ruleName?: string;
}

/** Who a record is shared with and why. */
export class RecordSharesDto {
  /** Whether the caller may add and remove manual shares (the owner, someone above them, Modify All). */
  @ApiProperty()
  mayShare!: boolean;
  @ApiProperty({ type: RecordShareDto, isArray: true })
  shares!: RecordShareDto[];
}

/** Share one record by hand. */
export class ManualShareRequest {
  @IsIn(MANUAL_GRANTEES, { context: PICKLIST, message: `granteeType must be one of ${MANUAL_GRANTEES.join(', ')}.` })
  @ApiProperty({ enum: MANUAL_GRANTEES })
  granteeType!: (typeof MANUAL_GRANTEES)[number];

  /** The user's or role's id. */
  @IsString({ context: REQUIRED, message: 'grantee names the user or role.' })
  @MaxLength(64, { context: INVALID })
  @ApiProperty({ format: 'uuid' })
  grantee!: string;

  @IsIn(ACCESS, { context: PICKLIST, message: `access must be one of ${ACCESS.join(', ')}.` })
  @ApiProperty({ enum: ACCESS })
  access!: (typeof ACCESS)[number];
}
