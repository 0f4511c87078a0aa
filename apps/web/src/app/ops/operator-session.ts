import { Injectable, signal } from '@angular/core';

const KEY = 'lumary.operatorToken';

/**
 * The operator token the console was signed in with. It lives in sessionStorage: it goes with
 * the browser tab, and is never sent with a tenant user's requests (the operator API takes it
 * as a bearer token, not a cookie).
 */
@Injectable({ providedIn: 'root' })
export class OperatorSession {
  private readonly stored = signal<string | null>(read());
  /** Why the console asks for the token again (a refused token), for the sign-in page. */
  readonly notice = signal<string | null>(null);
  readonly token = this.stored.asReadonly();

  keep(token: string): void {
    try {
      sessionStorage.setItem(KEY, token);
    } catch {
      // Storage refused (private mode): the token lives as long as the page.
    }
    this.stored.set(token);
    this.notice.set(null);
  }

  forget(notice: string | null = null): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Nothing was stored.
    }
    this.stored.set(null);
    this.notice.set(notice);
  }
}

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
