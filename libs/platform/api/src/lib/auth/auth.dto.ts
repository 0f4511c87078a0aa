import { ApiProperty } from '@nestjs/swagger';
import { errorCode } from '@platform/contract';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The credentials of a sign-in. */
export class LoginRequest {
  /** The username, such as finance@alpha.example. */
  @IsString({ context: errorCode('INVALID_LOGIN') })
  @MaxLength(255, { context: errorCode('INVALID_LOGIN') })
  @ApiProperty({ example: 'finance@alpha.example' })
  username!: string;

  @IsString({ context: errorCode('INVALID_LOGIN') })
  @MaxLength(1000, { context: errorCode('INVALID_LOGIN') })
  @ApiProperty({ format: 'password' })
  password!: string;
}

/** The signed-in user. */
export class SessionUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  username!: string;
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
  /** The profile: System Administrator or Standard User. */
  @ApiProperty({ type: String, nullable: true })
  profile!: string | null;
  /** The user's tenant. */
  @ApiProperty({ format: 'uuid' })
  tenantId!: string;
}

/** A new session. */
export class LoginResponse {
  /** Send as `Authorization: Bearer <accessToken>`. */
  accessToken!: string;
  /** Send in the X-CSRF-Token header of changes made with the session cookie. */
  csrfToken!: string;
  user!: SessionUser;
  /** Signed in with a temporary password: change it (POST /api/auth/password) before anything else. */
  mustChangePassword!: boolean;
}

/** The session's user and its CSRF token. */
export class CurrentSession {
  user!: SessionUser;
  /** Send in the X-CSRF-Token header of changes made with the session cookie. */
  csrfToken!: string;
  /** Signed in with a temporary password: change it (POST /api/auth/password) before anything else. */
  mustChangePassword!: boolean;
}

/** A user's change of their own password. */
export class ChangePasswordRequest {
  @IsString({ context: errorCode('INVALID_OLD_PASSWORD'), message: 'Enter your current password.' })
  @MaxLength(1000, { context: errorCode('INVALID_OLD_PASSWORD') })
  @ApiProperty({ format: 'password' })
  currentPassword!: string;

  /** At least 10 characters and hard to guess (not your username, email or name). */
  @IsString({ context: errorCode('INVALID_NEW_PASSWORD'), message: 'Enter a new password.' })
  @MaxLength(1000, { context: errorCode('INVALID_NEW_PASSWORD') })
  @ApiProperty({ format: 'password' })
  newPassword!: string;
}

/** A password set with a one-time link's token. */
export class SetPasswordRequest {
  /** The token of the emailed link (its `token` parameter). */
  @IsString({ context: errorCode('INVALID_PASSWORD_LINK'), message: 'The link has no token.' })
  @MaxLength(200, { context: errorCode('INVALID_PASSWORD_LINK') })
  token!: string;

  /** At least 10 characters and hard to guess (not your username, email or name). */
  @IsString({ context: errorCode('INVALID_NEW_PASSWORD'), message: 'Enter a new password.' })
  @MaxLength(1000, { context: errorCode('INVALID_NEW_PASSWORD') })
  @ApiProperty({ format: 'password' })
  newPassword!: string;
}

/** The password is set: sign in with this username. */
export class SetPasswordResponse {
  username!: string;
}

/**
 * An OAuth 2.0 token request as Salesforce's clients send it to `/services/oauth2/token`
 * (a form, or JSON): the username-password grant. The client id and secret are accepted and not
 * checked: this platform has no connected apps; the user's own credentials decide.
 */
export class OAuthTokenRequest {
  /** `password`; other grants are answered `unsupported_grant_type`. */
  @IsString()
  @MaxLength(100)
  @ApiProperty({ example: 'password' })
  grant_type!: string;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  username?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @ApiProperty({ format: 'password', required: false })
  password?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  client_id?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  client_secret?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  refresh_token?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  format?: string;
}

/** Salesforce's token response: the access token and where the instance's REST API is. */
export class OAuthTokenResponse {
  /** Send as `Authorization: Bearer <access_token>`. */
  access_token!: string;
  /** The instance's base URL: the REST API is at `{instance_url}/services/data/vNN.N`. */
  instance_url!: string;
  /** The identity URL: `{instance_url}/id/{tenant id}/{user id}`. */
  id!: string;
  @ApiProperty({ example: 'Bearer' })
  token_type!: string;
  /** When the token was issued, in milliseconds since 1970, as text. */
  issued_at!: string;
}
