import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Adds the CSRF token to every change (the session cookie goes by itself), and sends the user
 * to the sign-in page when the session has ended.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.csrfToken();
  const sent = !SAFE.has(request.method) && token ? request.clone({ setHeaders: { 'X-CSRF-Token': token } }) : request;
  return next(sent).pipe(
    catchError((error: unknown) => {
      const signingIn = request.url.startsWith('/api/auth/');
      if (error instanceof HttpErrorResponse && error.status === 401 && !signingIn) {
        auth.forget();
        void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
