import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth.interceptor';
import { INSTALLED_WEB_PACKAGES } from './installed-packages';
import { LumaryTitleStrategy, provideSvgIcons, provideWebPackages } from '@platform/web';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    // Route parameters and query parameters arrive as the pages' inputs.
    provideRouter(appRoutes, withComponentInputBinding()),
    // "Invoice INV-0001 | Lumary": the route's title, or the one a page drawn from data sets.
    { provide: TitleStrategy, useClass: LumaryTitleStrategy },
    // Icons as SVGs registered by name (libs/platform/web/src/lib/icons), not an icon font.
    provideSvgIcons(),
    // The installed packages' record-page components (installed-packages.ts).
    provideWebPackages(INSTALLED_WEB_PACKAGES),
  ],
};
