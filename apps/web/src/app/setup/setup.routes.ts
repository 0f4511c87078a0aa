import { Route } from '@angular/router';

/**
 * Setup, for System Administrators (the API refuses everyone else): the side nav's layout with
 * the Object Manager, the layout and record-page editors, permission sets and users as children.
 */
export const SETUP_ROUTES: Route[] = [
  {
    path: '',
    loadComponent: () => import('./setup-layout.component').then((m) => m.SetupLayoutComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'objects' },
      {
        path: 'objects',
        title: 'Object Manager · Setup',
        loadComponent: () => import('./objects/object-list.page').then((m) => m.ObjectListPage),
      },
      {
        path: 'objects/:object',
        title: 'Object Manager · Setup',
        loadComponent: () => import('./objects/object-detail.page').then((m) => m.ObjectDetailPage),
      },
      {
        path: 'objects/:object/layouts/:layout',
        title: 'Page layout · Setup',
        loadComponent: () => import('./layout-editor/layout-editor.page').then((m) => m.LayoutEditorPage),
      },
      {
        path: 'objects/:object/record-pages/:page',
        title: 'Record page · Setup',
        loadComponent: () => import('./record-page-editor/record-page-editor.page').then((m) => m.RecordPageEditorPage),
      },
      {
        path: 'permission-sets',
        title: 'Permission Sets · Setup',
        loadComponent: () => import('./permission-sets/permission-set-list.page').then((m) => m.PermissionSetListPage),
      },
      {
        path: 'permission-sets/:name',
        title: 'Permission Set · Setup',
        loadComponent: () => import('./permission-sets/permission-set-editor.page').then((m) => m.PermissionSetEditorPage),
      },
      { path: 'users', title: 'Users · Setup', loadComponent: () => import('./users/users.page').then((m) => m.SetupUsersPage) },
      { path: 'roles', title: 'Roles · Setup', loadComponent: () => import('./roles/roles.page').then((m) => m.SetupRolesPage) },
      {
        path: 'sharing',
        title: 'Sharing Settings · Setup',
        loadComponent: () => import('./sharing/sharing-settings.page').then((m) => m.SetupSharingPage),
      },
      { path: 'users/:id', title: 'User · Setup', loadComponent: () => import('./users/user.page').then((m) => m.SetupUserPage) },
    ],
  },
];
