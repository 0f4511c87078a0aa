import { Type } from '@angular/core';

/** The shell's app home page, loaded when first shown (for a route's `loadComponent`). */
export function loadAppHomePage(): Promise<Type<unknown>> {
  return import('./app-home.page').then((m) => m.AppHomePage);
}
