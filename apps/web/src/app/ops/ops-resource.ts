import { HttpBackend, HttpClient } from '@angular/common/http';
import { effect, inject, untracked, type Provider } from '@angular/core';
import { apiResource, type ApiResource } from '@platform/web';
import { OpsApiService } from './ops-api.service';

/**
 * The operator pages' HttpClient: straight to the HTTP backend, past the shell's interceptor
 * (that one is for tenant users' sessions), as OpsApiService's calls go. A page that loads with
 * opsResource lists it in its `providers`.
 */
export const OPS_HTTP: Provider = { provide: HttpClient, useFactory: () => new HttpClient(inject(HttpBackend)) };

/**
 * A page's data from an operator GET (apiResource: a newer request cancels the one in flight),
 * with the operator token; a refused token (401) returns to the console's token page, as
 * OpsApiService's calls do. Call it in the injection context of a component providing OPS_HTTP.
 */
export function opsResource<T>(url: () => string | undefined): ApiResource<T> {
  const ops = inject(OpsApiService);
  const resource = apiResource<T>(() => {
    const u = url();
    return u === undefined ? undefined : { url: u, headers: untracked(() => ops.headers()) };
  });
  effect(() => {
    const error = resource.error();
    if (error) untracked(() => ops.refused(error));
  });
  return resource;
}
