import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  createSharingRule,
  deleteSharingRule,
  EngineError,
  getSharingRule,
  listSharingRules,
  RecordEngine,
  updateSharingRule,
  type RequestContext,
} from '@platform/engine';
import type { JobQueue } from '@platform/jobs';
import type { Database } from '@platform/storage';
import { TenantService } from '@platform/tenancy';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { AdminOnly } from '../errors/access.guard';
import { SETUP_TAG } from '../openapi/tags';
import { DATABASE, ENGINE, JOBS } from '../platform.tokens';
import { SHARING_RECOMPUTE_JOB, type SharingRecomputeProgress } from './sharing-recompute.job';
import {
  SharingRecalculationStatus,
  SharingRuleDto,
  SharingRuleList,
  SharingRuleRequest,
  SharingRuleUpdateRequest,
} from './sharing-rules.dto';

const NOT_ADMIN = 'Only a System Administrator may change sharing rules.';

/**
 * Setup's criteria-based sharing rules: an object's records matching the criteria are shared Read
 * or Read/Write with a role, a role and its subordinates, or a permission set's users. Creating or
 * changing a rule recomputes the object's shares in a job (its progress at
 * `recalculations/{jobId}`); deleting one removes its shares at once.
 */
@ApiTags(SETUP_TAG.name)
@Controller('setup/sharing-rules')
@AdminOnly(NOT_ADMIN)
export class SharingRulesController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(ENGINE) private readonly engine: RecordEngine,
    @Inject(JOBS) private readonly jobs: JobQueue,
    private readonly tenants: TenantService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The tenant's sharing rules", description: 'Of one object with `?object=`. System Administrators only.' })
  @ApiQuery({ name: 'object', required: false })
  @ApiOkResponse({ type: SharingRuleList })
  async list(@CurrentSession() session: Session, @Query('object') object?: string): Promise<SharingRuleList> {
    requireAdmin(session);
    if (object !== undefined && typeof object !== 'string')
      throw EngineError.invalid('INVALID_FIELD', 'object is one API name', ['object']);
    return { rules: await listSharingRules(this.database.dataSource, await this.registry(session.ctx), session.ctx.tenantId, object) };
  }

  @Post()
  @ApiOperation({
    summary: 'Create a sharing rule',
    description:
      "Every bad field is named (`criteria[0].field` for a field the object lacks); the object's shares are recomputed in a job.",
  })
  @ApiCreatedResponse({ type: SharingRuleDto })
  async create(@CurrentSession() session: Session, @Body() body: SharingRuleRequest): Promise<SharingRuleDto> {
    requireAdmin(session);
    const { tenantId } = session.ctx;
    const rule = await createSharingRule(
      this.database.dataSource,
      await this.registry(session.ctx),
      tenantId,
      body,
      await this.permissionSets(tenantId),
    );
    return { ...rule, recalculation: { jobId: await this.jobs.send(SHARING_RECOMPUTE_JOB, { tenantId, object: rule.object }) } };
  }

  @Get('recalculations/:jobId')
  @ApiOperation({ summary: "How far a recalculation of an object's rule shares has got" })
  @ApiOkResponse({ type: SharingRecalculationStatus })
  async recalculation(@CurrentSession() session: Session, @Param('jobId') jobId: string): Promise<SharingRecalculationStatus> {
    requireAdmin(session);
    const status = /^[0-9a-f-]{36}$/i.test(jobId) ? await this.jobs.status(SHARING_RECOMPUTE_JOB, jobId) : undefined;
    const output = (status?.output ?? {}) as Partial<SharingRecomputeProgress>;
    // Another tenant's job is not this tenant's to see; one not yet started has no progress (nor tenant) yet.
    if (!status || (output.tenantId !== undefined && output.tenantId !== session.ctx.tenantId))
      throw EngineError.notFound(`No recalculation with id '${jobId}'`);
    return { jobId, state: status.state, records: output.records ?? 0, shares: output.shares ?? 0 };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A sharing rule' })
  @ApiOkResponse({ type: SharingRuleDto })
  async get(@CurrentSession() session: Session, @Param('id') id: string): Promise<SharingRuleDto> {
    requireAdmin(session);
    return getSharingRule(this.database.dataSource, await this.registry(session.ctx), session.ctx.tenantId, id);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Change a sharing rule',
    description: "Only the fields sent change; the object's shares are recomputed in a job.",
  })
  @ApiOkResponse({ type: SharingRuleDto })
  async update(
    @CurrentSession() session: Session,
    @Param('id') id: string,
    @Body() body: SharingRuleUpdateRequest,
  ): Promise<SharingRuleDto> {
    requireAdmin(session);
    const { tenantId } = session.ctx;
    const registry = await this.registry(session.ctx);
    const rule = await updateSharingRule(this.database.dataSource, registry, tenantId, id, body, await this.permissionSets(tenantId));
    return { ...rule, recalculation: { jobId: await this.jobs.send(SHARING_RECOMPUTE_JOB, { tenantId, object: rule.object }) } };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a sharing rule', description: 'Its shares go with it, at once.' })
  @ApiNoContentResponse()
  async remove(@CurrentSession() session: Session, @Param('id') id: string): Promise<void> {
    requireAdmin(session);
    await deleteSharingRule(this.database.dataSource, session.ctx.tenantId, id);
  }

  private registry(ctx: RequestContext) {
    return this.engine.registryFor(ctx);
  }

  private async permissionSets(tenantId: string): Promise<string[]> {
    return (await this.tenants.permissionSets(tenantId)).map((ps) => ps.apiName);
  }
}

function requireAdmin(session: Session): void {
  if (!session.access.isAdmin) throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: NOT_ADMIN, fields: [] }]);
}
