import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Pages behind sign-in: without a session, go to the sign-in page and come back after. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const signedIn = await inject(AuthService).isSignedIn();
  return signedIn || router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};
