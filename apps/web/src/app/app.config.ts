import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth.interceptor';
import { INSTALLED_WEB_PACKAGES } from './installed-packages';
import { provideWebPackages } from '@platform/web';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    // Route parameters and query parameters arrive as the pages' inputs.
    provideRouter(appRoutes, withComponentInputBinding()),
    // Icons come from the self-hosted Material Symbols font, not the legacy Material Icons one.
    provideAppInitializer(() => {
      inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
    }),
    // The installed packages' record-page components (installed-packages.ts).
    provideWebPackages(INSTALLED_WEB_PACKAGES),
  ],
};
