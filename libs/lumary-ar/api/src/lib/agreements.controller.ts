import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AGREEMENTS, SupportCatalogueService, type CatalogueFormat } from '@lumary-ar/server';
import { EngineError, type RequestContext } from '@platform/engine';
import { Ctx, Requires } from '@platform/api';
import { AR_AGREEMENTS_TAG } from './ar-tags';
import { CatalogueImportDto, CatalogueImportResultDto } from './agreements.dto';

/** The format of an upload: as sent, else by the file name's extension. */
function formatOf(body: CatalogueImportDto): CatalogueFormat {
  if (body.format) return body.format;
  const name = (body.fileName ?? '').toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  throw EngineError.invalid('INVALID_FIELD', 'Say the format (csv or xlsx), or give a fileName ending .csv or .xlsx.', ['format']);
}

/** Service agreements' support catalogue: imported from the NDIS Support Catalogue file (CSV or XLSX). */
@ApiTags(AR_AGREEMENTS_TAG.name)
@Controller('lumary')
export class AgreementsController {
  constructor(private readonly catalogue: SupportCatalogueService) {}

  @Post('support-catalogue/imports')
  @Requires([AGREEMENTS.supportItem, 'read'])
  @ApiOperation({
    summary: 'Import a support catalogue file',
    description:
      'All or nothing: each row is a version of a support item (its number and Start date); new versions are added, changed ones updated, the same left alone. A bad file is refused naming each bad row and column. `dryRun: true` answers the same without writing (the preview).',
  })
  @ApiOkResponse({ type: CatalogueImportResultDto })
  @HttpCode(200)
  import(@Ctx() ctx: RequestContext, @Body() body: CatalogueImportDto): Promise<CatalogueImportResultDto> {
    const format = formatOf(body);
    return this.catalogue.import(ctx, { content: Buffer.from(body.content, 'base64'), format }, { dryRun: body.dryRun === true });
  }
}
