import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { errorCode, IsCalendarDate, IsMoney, IsRecordId } from '../index';

/** One line of a sample request. */
export class SampleLineDto {
  /** What the line is for. */
  @IsString()
  @Length(1, 80)
  description!: string;

  /** The amount, as a decimal string. */
  @IsMoney()
  amount!: string;
}

/** A sample request body, as a package's DTO would be written. */
export class SampleRequestDto {
  /** The customer's record id. */
  @IsRecordId({ context: errorCode('INVALID_CROSS_REFERENCE_KEY') })
  customer!: string;

  /** The day it is for. */
  @IsCalendarDate()
  date!: string;

  @IsOptional()
  @IsBoolean()
  draft?: boolean;

  /** Up to 3 lines. */
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => SampleLineDto)
  lines!: SampleLineDto[];
}

/** Sample query parameters. */
export class SampleQueryDto {
  /** How many per page. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

/** Sample headers. */
export class SampleHeadersDto {
  /** The same key never records twice. */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  'idempotency-key'?: string;
}
