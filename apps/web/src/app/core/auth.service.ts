import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient, ApiError, toApiError } from '@platform/web';
import type { RequestBody, ResponseBody, Schemas } from '@platform/api-client';
import { firstValueFrom } from 'rxjs';

/**
 * Who is signed in. The session itself is the HttpOnly cookie the server sets; this keeps the
 * user for the toolbar and the CSRF token that cookie-authenticated changes must carry.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly state = signal<{ user: Schemas['SessionUser']; csrfToken: string; mustChangePassword: boolean } | null>(null);
  private checked: Promise<boolean> | null = null;

  readonly user = computed(() => this.state()?.user ?? null);
  readonly csrfToken = computed(() => this.state()?.csrfToken ?? null);
  /** A System Administrator sees Setup (the API checks again on every Setup call). */
  readonly isAdmin = computed(() => this.user()?.profile === 'System Administrator');
  /** Signed in with a temporary password: the app shows only the change-password page until it is changed. */
  readonly mustChangePassword = computed(() => this.state()?.mustChangePassword === true);

  async signIn(username: string, password: string): Promise<void> {
    const { user, csrfToken, mustChangePassword } = await this.api.login(username, password);
    this.state.set({ user, csrfToken, mustChangePassword: mustChangePassword === true });
    this.checked = Promise.resolve(true);
  }

  /** Changes the signed-in user's own password (their other sessions end; this one goes on). */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const body: RequestBody<'AuthController_changePassword'> = { currentPassword, newPassword };
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/password', body));
    } catch (error) {
      throw toApiError(error);
    }
    this.state.update((s) => s && { ...s, mustChangePassword: false });
  }

  /** Sets a password with a one-time link's token; answers the username to sign in with. */
  async setPassword(token: string, newPassword: string): Promise<ResponseBody<'AuthController_setPassword'>> {
    const body: RequestBody<'AuthController_setPassword'> = { token, newPassword };
    try {
      return await firstValueFrom(this.http.post<ResponseBody<'AuthController_setPassword'>>('/api/auth/set-password', body));
    } catch (error) {
      throw toApiError(error);
    }
  }

  async signOut(): Promise<void> {
    try {
      await this.api.logout();
    } finally {
      this.forget();
    }
  }

  /** Drops the session on this side (after sign-out, or when the server says it has expired). */
  forget(): void {
    this.state.set(null);
    this.checked = null;
  }

  /** Whether there is a session, asking the server once (a reload keeps the cookie, not the user). */
  isSignedIn(): Promise<boolean> {
    this.checked ??= this.api.me().then(
      (me) => {
        this.state.set({ ...me, mustChangePassword: me.mustChangePassword === true });
        return true;
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) return false;
        this.checked = null;
        throw error;
      },
    );
    return this.checked;
  }
}
