import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { RecordEngine } from '@platform/engine';
import type { Request, Response } from 'express';
import { ENGINE } from '../platform.tokens';
import { AuthService, type Session } from './auth.service';
import { CurrentSession, Public, SESSION_COOKIE } from './session.guard';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(ENGINE) private readonly engine: RecordEngine,
  ) {}

  /**
   * Signs in. The session is set as an HttpOnly, SameSite=Strict cookie for the web shell; API
   * clients use the returned `accessToken` as a bearer token. `csrfToken` goes in the
   * X-CSRF-Token header of cookie-authenticated changes.
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: { username?: unknown; password?: unknown }, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const session = await this.auth.login(body?.username, body?.password);
    // Secure whenever the request came over HTTPS (directly, or through a proxy TRUST_PROXY names),
    // so it is never sent in clear; http://localhost keeps working.
    res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
    return { accessToken: session.token, csrfToken: session.csrfToken, user: await this.user(session) };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentSession() session: Session, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(session.token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  async me(@CurrentSession() session: Session) {
    return { user: await this.user(session), csrfToken: session.csrfToken };
  }

  private async user(session: Session) {
    const { record } = await this.engine.get(session.ctx, 'User', session.ctx.userId!);
    return {
      id: record['Id'],
      username: record['Username'],
      name: record['Name'],
      email: record['Email'],
      profile: record['Profile'],
      tenantId: session.ctx.tenantId,
    };
  }
}
