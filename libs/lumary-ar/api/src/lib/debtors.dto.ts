import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RiskDto } from './collections.dto';
import { DebtorRefDto } from './reports.dto';

export class SummaryDebtorDto extends DebtorRefDto {
  /** The Contact's or Account's record type. */
  recordType!: string | null;
}

/** One invoice behind a figure; a value read from a field the caller may not read is left out. */
export class SummaryInvoiceDto {
  id?: string;
  /** @example "INV-000123" */
  name?: string;
  @ApiPropertyOptional({ type: () => DebtorRefDto })
  client?: DebtorRefDto;
  @ApiPropertyOptional({ type: () => DebtorRefDto })
  debtor?: DebtorRefDto;
  /** @example "2027-01-05" */
  invoiceDate?: string;
  dueDate?: string | null;
  @ApiPropertyOptional({ enum: ['Open', 'Part Paid'] })
  status?: string;
  /** @example "220.00" */
  total?: string;
  /** @example "110.00" */
  balance?: string;
  /** Days past the Due Date; 0 when not overdue. */
  daysOverdue?: number;
}

/** An amount owed, its overdue part and the invoices behind it. */
export class OwedFigureDto {
  /** @example "330.00" */
  amount?: string;
  /**
   * The overdue part (the red badge when above 0).
   * @example "110.00"
   */
  overdue?: string;
  invoices?: SummaryInvoiceDto[];
}

export class CountedAmountDto {
  /** @example "420.00" */
  amount!: string;
  count!: number;
}

export class OpenOrErrorClaimsDto extends CountedAmountDto {
  open!: CountedAmountDto;
  error!: CountedAmountDto;
}

export class UsuallyPaysInDto {
  /** Mean days from Invoice Date to Paid Date; null when nothing was paid. */
  days!: number | null;
  /** How many invoices the mean is over. */
  basedOn!: number;
}

/**
 * The debtor summary: for a client Contact (`kind: client`) also what is owed for them by whom and
 * what waits to be billed or claimed; for a General Contact or an Account (`kind: debtor`) what it owes.
 */
export class DebtorSummaryDto {
  @ApiProperty({ enum: ['client', 'debtor'] })
  kind!: 'client' | 'debtor';
  /** @example "2027-03-12" */
  asOf!: string;
  debtor!: SummaryDebtorDto;
  totalOwed!: OwedFigureDto;
  /** Left out when the caller may not read a field it is computed from. */
  usuallyPaysIn?: UsuallyPaysInDto;
  /** The debtor's risk (the badge next to Usually Pays in), with its reasons; left out when a field it reads is hidden. */
  @ApiPropertyOptional({ type: () => RiskDto })
  risk?: RiskDto;
  /** Clients only. */
  owedByClient?: OwedFigureDto;
  /** Clients only: owed for the client by other debtors. */
  owedByOthers?: OwedFigureDto;
  /** Clients only: Delivered services not yet billed or claimed. */
  accruedServices?: CountedAmountDto | null;
  /** Clients only. */
  openOrErrorClaims?: OpenOrErrorClaimsDto | null;
}
