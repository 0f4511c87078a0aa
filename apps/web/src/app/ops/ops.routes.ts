import { inject } from '@angular/core';
import { CanActivateFn, Route, Router } from '@angular/router';
import { OperatorSession } from './operator-session';

/** The console's pages need the operator token: without one, its token page, and back after. */
export const operatorGuard: CanActivateFn = (_route, state) =>
  !!inject(OperatorSession).token() || inject(Router).createUrlTree(['/ops'], { queryParams: { returnUrl: state.url } });

/** The token page, once signed in, goes on to the tenants. */
const tokenPage: CanActivateFn = () => !inject(OperatorSession).token() || inject(Router).createUrlTree(['/ops/tenants']);

/** The operator console at /ops: outside the tenant users' sign-in, with its own token. */
export const OPS_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Operator console',
    canActivate: [tokenPage],
    loadComponent: () => import('./ops-sign-in.page').then((m) => m.OpsSignInPage),
  },
  {
    path: 'tenants',
    title: 'Tenants · Operator console',
    canActivate: [operatorGuard],
    loadComponent: () => import('./tenants.page').then((m) => m.TenantsPage),
  },
  {
    path: 'tenants/:slug',
    title: 'Tenant · Operator console',
    canActivate: [operatorGuard],
    loadComponent: () => import('./tenant.page').then((m) => m.TenantPage),
  },
];
