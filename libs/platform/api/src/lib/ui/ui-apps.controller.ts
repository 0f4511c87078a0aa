import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppDetail, AppList } from './ui.dto';
import { EngineError } from '@platform/engine';
import type { AppDef, Registry } from '@platform/metadata';
import { notEnabledMessage } from '@platform/security';
import type { Session } from '../auth/auth.service';
import { CurrentSession } from '../auth/session.guard';
import { UI_TAG } from '../openapi/tags';
import { REGISTRY } from '../platform.tokens';

/** The App Launcher: the apps a user may open, each with its tabs and dashboard cards. */
@ApiTags(UI_TAG.name)
@Controller('ui/apps')
export class UiAppsController {
  constructor(@Inject(REGISTRY) private readonly registry: Registry) {}

  @Get()
  @ApiOperation({ summary: 'The apps the user may open, with their tabs' })
  @ApiOkResponse({ type: AppList })
  list(@CurrentSession() session: Session): AppList {
    return { apps: this.registry.apps.filter((app) => session.access.canOpenApp(app)).map((app) => this.summary(session, app)) };
  }

  @Get(':app')
  @ApiOperation({ summary: 'An app, with its tabs and dashboard cards' })
  @ApiOkResponse({ type: AppDetail })
  get(@CurrentSession() session: Session, @Param('app') name: string): AppDetail {
    const app = this.registry.app(name);
    if (!app) throw EngineError.notFound(`No app called '${name}'.`);
    if (!session.access.canOpenApp(app)) {
      const licence = this.registry.packages.get(app.packageName)?.licence?.name;
      const message = licence ? notEnabledMessage(licence) : `You do not have access to the ${app.label} app.`;
      throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message, fields: [] }]);
    }
    return {
      ...this.summary(session, app),
      dashboard: app.dashboard
        .filter((card) => this.readable(session, card.object))
        .map((card) => ({ ...card, url: `/o/${card.object}/list${card.listView ? `?view=${card.listView}` : ''}` })),
    };
  }

  private summary(session: Session, app: AppDef) {
    return {
      name: app.apiName,
      label: app.label,
      description: app.description ?? null,
      icon: app.icon ?? null,
      tabs: app.tabs
        .filter((t) => this.readable(session, t))
        .map((t) => {
          const object = this.registry.object(t)!;
          return { object: object.apiName, label: object.pluralLabel };
        }),
    };
  }

  private readable(session: Session, objectName: string): boolean {
    const object = this.registry.object(objectName);
    return !!object && !session.access.denial(object);
  }
}
