import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

const MODELS = ['Private', 'Read', 'ReadWrite'];

/** One object's organisation-wide default. */
export class ObjectSharingDefault {
  /** The object's API name. */
  @ApiProperty({ example: 'Contact' })
  object!: string;
  @ApiProperty({ example: 'Contact' })
  label!: string;
  /**
   * Private (owners, those above them in the role hierarchy and View All see a record), Read
   * (everyone may read, owners edit), ReadWrite (everyone may read and edit: the default), or
   * ControlledByParent (a master-detail child: its master's record decides).
   */
  @ApiProperty({ enum: [...MODELS, 'ControlledByParent'] })
  sharingModel!: string;
  /** A ControlledByParent object's master. */
  @ApiProperty({ required: false, example: 'Contact' })
  controlledBy?: string;
}

/** The tenant's organisation-wide defaults, one per object that has owners. */
export class SharingSettings {
  @ApiProperty({ type: ObjectSharingDefault, isArray: true })
  objects!: ObjectSharingDefault[];
}

/** Objects' new organisation-wide defaults; objects left out keep theirs. */
export class SharingSettingsRequest {
  @IsObject()
  @ApiProperty({
    type: 'object',
    description: 'Per object API name, its default: `{ "Contact": "Private" }`.',
    additionalProperties: { type: 'string', enum: MODELS },
    example: { Contact: 'Private' },
  })
  objects!: Record<string, string>;
}
