import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AR, BANK, BankReconciliationService } from '@lumary-ar/server';
import type { RequestContext } from '@platform/engine';
import type { Response } from 'express';
import { Ctx, RecordIdParam, Requires } from '@platform/api';
import { AR_BANK_TAG } from './ar-tags';
import {
  BankAccountDto,
  BankRuleDto,
  ConfirmMatchDto,
  CsvMappingDto,
  ImportResultDto,
  MatchResultDto,
  ReconciliationDto,
  ReconciliationQueryDto,
  SplitMatchDto,
  StatementImportDto,
} from './bank.dto';

const ENTITY = 'lumary__Accounting_Entity__c';

/** Bank statements and matching: import, suggestions, confirm or split, learnt rules. */
@ApiTags(AR_BANK_TAG.name)
@Controller('lumary')
export class BankController {
  constructor(private readonly bank: BankReconciliationService) {}

  @Get('bank-accounts')
  @Requires([BANK.line, 'read'])
  @ApiOperation({ summary: 'The Bank Accounts (control accounts) with their unreconciled line counts' })
  @ApiOkResponse({ type: [BankAccountDto] })
  accounts(@Ctx() ctx: RequestContext) {
    return this.bank.bankAccounts(ctx);
  }

  @Get('bank-accounts/:id/reconciliation')
  @RecordIdParam('Bank Account')
  @Requires([BANK.line, 'read'])
  @ApiOperation({
    summary: "A bank account's statement lines with suggested matches, and its closing balance against the book balance",
  })
  @ApiOkResponse({ type: ReconciliationDto })
  reconciliation(@Ctx() ctx: RequestContext, @Param('id') id: string, @Query() query: ReconciliationQueryDto) {
    return this.bank.reconciliation(ctx, id, { status: query.status, limit: query.limit });
  }

  @Put('bank-accounts/:id/csv-mapping')
  @RecordIdParam('Bank Account')
  @Requires([ENTITY, 'edit'])
  @ApiOperation({ summary: "Save the bank account's CSV column mapping" })
  @ApiOkResponse({ type: CsvMappingDto })
  @HttpCode(200)
  saveMapping(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: CsvMappingDto) {
    return this.bank.saveMapping(ctx, id, body.toMapping());
  }

  /** 201 with the statement; 200 for a dry run (nothing written). */
  @Post('bank-accounts/:id/statements')
  @RecordIdParam('Bank Account')
  @Requires([BANK.statement, 'create'], [BANK.line, 'create'])
  @ApiOperation({
    summary: 'Import a bank statement (CSV, OFX or camt.053)',
    description:
      'Lines an earlier import added (same bank transaction id, else same date, amount, description and position that day) are skipped. A malformed file is refused naming its line, and nothing is written. `dryRun: true` answers the preview.',
  })
  @ApiCreatedResponse({ type: ImportResultDto, description: 'Imported.' })
  @ApiOkResponse({ type: ImportResultDto, description: 'Dry run: what would be imported.' })
  async importStatement(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: StatementImportDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.bank.importStatement(ctx, id, body.toImport());
    res.status(result.dryRun ? 200 : 201);
    return result;
  }

  /** 200 with the line; created false when it was matched already (nothing written). */
  @Post('bank-statement-lines/:id/confirm')
  @RecordIdParam('Bank Statement Line')
  @Requires([BANK.line, 'edit'], [AR.payment, 'create'])
  @ApiOperation({
    summary: 'Confirm a match: the line recorded as a payment of the debtor, allocated, and reconciled',
    description:
      'Idempotent by the line. No allocations leaves the line On account (unallocated credit). With `payment`, an unallocated payment already recorded is taken as the line.',
  })
  @ApiOkResponse({ type: MatchResultDto })
  @HttpCode(200)
  confirm(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: ConfirmMatchDto) {
    return this.bank.match(ctx, id, body.toMatch());
  }

  @Post('bank-statement-lines/:id/split')
  @RecordIdParam('Bank Statement Line')
  @Requires([BANK.line, 'edit'], [AR.payment, 'create'])
  @ApiOperation({ summary: 'Split a line across debtors: one payment per part, the parts adding up to the line' })
  @ApiOkResponse({ type: MatchResultDto })
  @HttpCode(200)
  split(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() body: SplitMatchDto) {
    return this.bank.match(ctx, id, body.toMatch());
  }

  @Get('bank-rules')
  @Requires([BANK.rule, 'read'])
  @ApiOperation({ summary: 'The rules learnt from confirmed lines: payer text → debtor' })
  @ApiOkResponse({ type: [BankRuleDto] })
  rules(@Ctx() ctx: RequestContext) {
    return this.bank.listRules(ctx);
  }

  @Delete('bank-rules/:id')
  @RecordIdParam('Bank Rule')
  @Requires([BANK.rule, 'delete'])
  @ApiOperation({ summary: 'Remove a learnt rule' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @HttpCode(204)
  async removeRule(@Ctx() ctx: RequestContext, @Param('id') id: string) {
    await this.bank.removeRule(ctx, id);
  }
}
