import { HttpResourceRequest, httpResource } from '@angular/common/http';
import { Signal, computed, effect, untracked } from '@angular/core';
import { ApiError, toApiError } from './api-error';

/** What a page shows while it loads, once loaded, or when the load failed. */
export interface ApiResource<T> {
  /** The last answer for the current request; null while a new request loads and after a failure. */
  readonly value: Signal<T | null>;
  /** The failure of the current request as an ApiError, or null. */
  readonly error: Signal<ApiError | null>;
  readonly loading: Signal<boolean>;
  /** Loads the current request again; resolves once that load has settled (the value kept meanwhile). */
  reload(): Promise<void>;
}

/**
 * A page's data from a GET, as an `httpResource`: the request follows the signals `request`
 * reads, and a newer request cancels the one still in flight, so only the answer to the latest
 * request is shown (navigating quickly between records shows the record the URL names).
 * `request` returning undefined loads nothing. Call it in an injection context.
 */
export function apiResource<T>(request: () => string | HttpResourceRequest | undefined): ApiResource<T> {
  const resource = httpResource<T>(() => {
    const r = request();
    return typeof r === 'string' ? { url: r } : r;
  });
  const settled: (() => void)[] = [];
  effect(() => {
    if (!resource.isLoading()) untracked(() => settled.splice(0).forEach((resolve) => resolve()));
  });
  return {
    value: computed(() => (resource.hasValue() ? resource.value() : null)),
    error: computed(() => {
      const error = resource.error();
      return error ? toApiError(error) : null;
    }),
    loading: resource.isLoading,
    reload: () => (resource.reload() ? new Promise<void>((resolve) => settled.push(resolve)) : Promise.resolve()),
  };
}
