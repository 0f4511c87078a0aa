import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUTH_TAG } from '../openapi/tags';
import { EngineError, RecordEngine } from '@platform/engine';
import type { Request, Response } from 'express';
import { ENGINE } from '../platform.tokens';
import { AuthService, type Session } from './auth.service';
import { AllowedBeforePasswordChange, CurrentSession, Public, SESSION_COOKIE } from './session.guard';
import {
  ChangePasswordRequest,
  CurrentSession as CurrentSessionDto,
  LoginRequest,
  LoginResponse,
  OAuthTokenRequest,
  OAuthTokenResponse,
  SessionUser,
  SetPasswordRequest,
  SetPasswordResponse,
} from './auth.dto';

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
  @ApiOkResponse({ type: LoginResponse, description: 'Signed in.' })
  async login(@Body() body: LoginRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    const session = await this.auth.login(body.username, body.password, req.ip ?? null);
    // Secure whenever the request came over HTTPS (directly, or through a proxy TRUST_PROXY names),
    // so it is never sent in clear; http://localhost keeps working.
    res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
    return {
      accessToken: session.token,
      csrfToken: session.csrfToken,
      user: await this.user(session),
      mustChangePassword: session.mustChangePassword,
    };
  }

  /**
   * Salesforce's OAuth 2.0 token endpoint (also at `/services/oauth2/token`), so its clients
   * (jsforce, simple-salesforce) sign in by themselves: the username-password grant, answered in
   * Salesforce's token shape. Failures are OAuth's shape (`error`, `error_description`), as those
   * clients expect; the sign-in rules (lockout, deactivated users) are the same as for /auth/login.
   */
  @Public()
  @Post('oauth2/token')
  @ApiTags(AUTH_TAG.name)
  @ApiOperation({
    summary: 'Get an access token (OAuth 2.0 username-password grant)',
    description:
      "Salesforce's token endpoint, also at /services/oauth2/token; send the form fields grant_type=password, username, password.",
  })
  @ApiOkResponse({ type: OAuthTokenResponse, description: 'Signed in.' })
  async oauthToken(@Body() body: OAuthTokenRequest, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (body.grant_type !== 'password') {
      res.status(400).json({ error: 'unsupported_grant_type', error_description: 'grant type not supported: use grant_type=password' });
      return;
    }
    let session: Session;
    try {
      session = await this.auth.login(body.username ?? '', body.password ?? '', req.ip ?? null);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      const throttled = error.kind === 'throttled';
      res.status(throttled ? 429 : 400).json({
        error: 'invalid_grant',
        error_description: throttled ? 'too many failed sign-ins: try again later' : 'authentication failure',
      });
      return;
    }
    const instance = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const answer: OAuthTokenResponse = {
      access_token: session.token,
      instance_url: instance,
      id: `${instance}/id/${session.ctx.tenantId}/${session.ctx.userId}`,
      token_type: 'Bearer',
      issued_at: String(Date.now()),
    };
    res.status(200).json(answer);
  }

  /**
   * Changes the signed-in user's own password: the current one checked, the new one by the
   * password rule. Their other sessions end; this one goes on (and may do everything again
   * when it was started with a temporary password).
   */
  @Post('password')
  @ApiTags(AUTH_TAG.name)
  @ApiOperation({ summary: 'Change your own password', description: 'Your other sessions end; this one goes on.' })
  @ApiNoContentResponse({ description: 'Changed.' })
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  async changePassword(@CurrentSession() session: Session, @Body() body: ChangePasswordRequest): Promise<void> {
    await this.auth.changePassword(session, body.currentPassword, body.newPassword);
  }

  /** Sets a password with a one-time link's token (the link works once, and expires); then sign in. */
  @Public()
  @Post('set-password')
  @ApiTags(AUTH_TAG.name)
  @ApiOperation({ summary: 'Set a password with a one-time link', description: 'The link (its token) works once, and expires.' })
  @HttpCode(200)
  @ApiOkResponse({ type: SetPasswordResponse, description: 'The password is set; the link no longer works.' })
  setPassword(@Body() body: SetPasswordRequest): Promise<SetPasswordResponse> {
    return this.auth.setPasswordWithLink(body.token, body.newPassword);
  }

  @Post('logout')
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  async logout(@CurrentSession() session: Session, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(session.token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiOkResponse({ type: CurrentSessionDto, description: 'The user of the session, and its CSRF token.' })
  async me(@CurrentSession() session: Session): Promise<CurrentSessionDto> {
    return { user: await this.user(session), csrfToken: session.csrfToken, mustChangePassword: session.mustChangePassword };
  }

  private async user(session: Session): Promise<SessionUser> {
    const { record } = await this.engine.get(session.ctx, 'User', session.ctx.userId!);
    return {
      id: record['Id'] as string,
      username: record['Username'] as string,
      name: record['Name'] as string | null,
      email: record['Email'] as string | null,
      profile: record['Profile'] as string | null,
      tenantId: session.ctx.tenantId,
    };
  }
}
