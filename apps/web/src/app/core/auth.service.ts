import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient, ApiError } from '@platform/web';
import type { Schemas } from '@platform/api-client';

/**
 * Who is signed in. The session itself is the HttpOnly cookie the server sets; this keeps the
 * user for the toolbar and the CSRF token that cookie-authenticated changes must carry.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly state = signal<{ user: Schemas['SessionUser']; csrfToken: string } | null>(null);
  private checked: Promise<boolean> | null = null;

  readonly user = computed(() => this.state()?.user ?? null);
  readonly csrfToken = computed(() => this.state()?.csrfToken ?? null);
  /** A System Administrator sees Setup (the API checks again on every Setup call). */
  readonly isAdmin = computed(() => this.user()?.profile === 'System Administrator');

  async signIn(username: string, password: string): Promise<void> {
    const { user, csrfToken } = await this.api.login(username, password);
    this.state.set({ user, csrfToken });
    this.checked = Promise.resolve(true);
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
        this.state.set(me);
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
