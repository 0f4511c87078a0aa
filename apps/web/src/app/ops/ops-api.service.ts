import { HttpBackend, HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';
import { ApiError, toApiError } from '@platform/web';
import type { RequestBody, Schemas } from '@platform/api-client';
import { OperatorSession } from './operator-session';

const enc = encodeURIComponent;

/**
 * The operator API (`/api/ops`), with the operator token as a bearer token. Its requests go
 * straight to the HTTP backend, past the shell's interceptor: that one is for tenant users'
 * sessions (their CSRF token; a 401 sends them to /sign-in). Here a refused token (401) forgets
 * it and returns to the console's own token page.
 */
@Injectable({ providedIn: 'root' })
export class OpsApiService {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly session = inject(OperatorSession);
  private readonly router = inject(Router);

  /** Tries the token on the API; kept only when the API takes it. */
  async signIn(token: string): Promise<void> {
    await this.send((headers) => this.http.get<Schemas['TenantSummary'][]>('/api/ops/tenants', { headers }), token, false);
    this.session.keep(token);
  }

  packages(): Promise<Schemas['LoadedPackage'][]> {
    return this.send((headers) => this.http.get<Schemas['LoadedPackage'][]>('/api/ops/packages', { headers }));
  }

  tenants(): Promise<Schemas['TenantSummary'][]> {
    return this.send((headers) => this.http.get<Schemas['TenantSummary'][]>('/api/ops/tenants', { headers }));
  }

  tenant(slug: string): Promise<Schemas['TenantSummary']> {
    return this.send((headers) => this.http.get<Schemas['TenantSummary']>(`/api/ops/tenants/${enc(slug)}`, { headers }));
  }

  createTenant(tenant: Schemas['CreateTenantRequest']): Promise<Schemas['CreatedTenant']> {
    return this.send((headers) => this.http.post<Schemas['CreatedTenant']>('/api/ops/tenants', tenant, { headers }));
  }

  install(slug: string, pkg: string): Promise<Schemas['TenantSummary']> {
    const install: RequestBody<'OperatorController_install'> = { package: pkg };
    return this.send((headers) => this.http.post<Schemas['TenantSummary']>(`/api/ops/tenants/${enc(slug)}/packages`, install, { headers }));
  }

  upgrade(slug: string, pkg: string, version: string): Promise<Schemas['TenantSummary']> {
    const change: RequestBody<'OperatorController_change'> = { version };
    return this.send((headers) =>
      this.http.patch<Schemas['TenantSummary']>(`/api/ops/tenants/${enc(slug)}/packages/${enc(pkg)}`, change, { headers }),
    );
  }

  setLicence(slug: string, pkg: string, licensed: boolean): Promise<Schemas['TenantSummary']> {
    const change: RequestBody<'OperatorController_change'> = { licensed };
    return this.send((headers) =>
      this.http.patch<Schemas['TenantSummary']>(`/api/ops/tenants/${enc(slug)}/packages/${enc(pkg)}`, change, { headers }),
    );
  }

  private async send<T>(call: (headers: HttpHeaders) => Observable<T>, token = this.session.token(), returnOn401 = true): Promise<T> {
    try {
      return await firstValueFrom(call(this.headers(token)), { defaultValue: undefined as T });
    } catch (error) {
      const e: ApiError = toApiError(error);
      if (returnOn401) this.refused(e);
      throw e;
    }
  }

  /**
   * A call's refusal: a 401 forgets the token and returns to the console's token page (with the
   * page to come back to). Only the first of a page's refused calls goes back: the token is gone
   * for the others. Page loads (opsResource) report theirs here too.
   */
  refused(error: ApiError): void {
    if (error.status !== 401 || !this.session.token()) return;
    this.session.forget('The operator token was not accepted: sign in again.');
    const back = this.router.url;
    void this.router.navigate(['/ops'], { queryParams: back.startsWith('/ops/') ? { returnUrl: back } : {} });
  }

  /** The headers of an operator call: the token as a bearer token. */
  headers(token = this.session.token()): HttpHeaders {
    return new HttpHeaders({ Authorization: `Bearer ${token ?? ''}` });
  }
}
