import { Route } from '@angular/router';
import { authGuard } from './core/auth.guard';
import { INSTALLED_WEB_PACKAGES } from './installed-packages';
import { loadAppHomePage, packageRoutes } from '@platform/web';
import { SETUP_ROUTES } from './setup/setup.routes';

/** Every page is drawn from metadata: the shell names no object. */
export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'Sign in',
    loadComponent: () => import('./sign-in/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'set-password',
    title: 'Set your password',
    loadComponent: () => import('./sign-in/set-password.page').then((m) => m.SetPasswordPage),
  },
  // The operator console: its own token, outside the tenant users' sign-in.
  { path: 'ops', loadChildren: () => import('./ops/ops.routes').then((m) => m.OPS_ROUTES) },
  {
    path: '',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'App Launcher',
        loadComponent: () => import('./launcher/app-launcher.page').then((m) => m.AppLauncherPage),
      },
      {
        path: 'change-password',
        title: 'Change your password',
        loadComponent: () => import('./sign-in/change-password.page').then((m) => m.ChangePasswordPage),
      },
      {
        path: 'status',
        title: 'Server status',
        loadComponent: () => import('./home/home.component').then((m) => m.HomeComponent),
      },
      // Package pages first: a package's app home replaces the generic one for its app.
      ...packageRoutes(INSTALLED_WEB_PACKAGES),
      { path: 'app/:appName', loadComponent: loadAppHomePage },
      {
        path: 'o/:object/list',
        loadComponent: () => import('./list-view/list-view.page').then((m) => m.ListViewPageComponent),
      },
      {
        path: 'o/:object/list/:view',
        loadComponent: () => import('./list-view/list-view.page').then((m) => m.ListViewPageComponent),
      },
      {
        path: 'o/:object/new',
        title: 'New',
        loadComponent: () => import('./form/record-form.page').then((m) => m.RecordFormPage),
      },
      { path: 'o/:object/:id', loadComponent: () => import('./record/record.page').then((m) => m.RecordPageComponent) },
      {
        path: 'o/:object/:id/edit',
        title: 'Edit',
        loadComponent: () => import('./form/record-form.page').then((m) => m.RecordFormPage),
      },
      { path: 'setup', children: SETUP_ROUTES },
    ],
  },
  { path: '**', redirectTo: '' },
];
