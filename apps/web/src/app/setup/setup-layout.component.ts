import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** Setup's frame: a side nav of its pages beside the page shown. */
@Component({
  selector: 'app-setup-layout',
  imports: [MatIconModule, MatListModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <div class="setup">
      <nav class="setup-nav" aria-label="Setup" data-testid="setup-nav">
        <h2 class="setup-title"><mat-icon aria-hidden="true" svgIcon="settings" />Setup</h2>
        <mat-nav-list>
          @for (link of links; track link.path) {
            <a
              mat-list-item
              [routerLink]="link.path"
              routerLinkActive
              #active="routerLinkActive"
              [activated]="active.isActive"
              [attr.data-testid]="'setup-nav-' + link.id"
            >
              <mat-icon matListItemIcon aria-hidden="true" [svgIcon]="link.icon" />
              <span matListItemTitle>{{ link.label }}</span>
            </a>
          }
        </mat-nav-list>
      </nav>
      <section class="setup-page">
        <router-outlet />
      </section>
    </div>
  `,
  styles: `
    .setup {
      display: flex;
      gap: 24px;
      align-items: flex-start;
    }
    .setup-nav {
      flex: 0 0 220px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 0;
    }
    .setup-title {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 8px 16px;
      font: var(--mat-sys-title-medium);
    }
    .setup-page {
      flex: 1;
      min-width: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupLayoutComponent {
  protected readonly links = [
    { id: 'objects', path: '/setup/objects', label: 'Object Manager', icon: 'category' },
    { id: 'permission-sets', path: '/setup/permission-sets', label: 'Permission Sets', icon: 'admin_panel_settings' },
    { id: 'users', path: '/setup/users', label: 'Users', icon: 'group' },
    { id: 'roles', path: '/setup/roles', label: 'Roles', icon: 'account_tree' },
    { id: 'sharing', path: '/setup/sharing', label: 'Sharing Settings', icon: 'share' },
  ];
}
