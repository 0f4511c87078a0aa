import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Pages behind sign-in: without a session, go to the sign-in page and come back after. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const auth = inject(AuthService);
  const signedIn = await auth.isSignedIn();
  if (!signedIn) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  // A temporary password: nothing but changing it, then on to where the user was going.
  if (auth.mustChangePassword() && !state.url.startsWith('/change-password'))
    return router.createUrlTree(['/change-password'], { queryParams: { returnUrl: state.url } });
  return true;
};
