import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { OPERATOR_TOKEN, byTestId, optionByTestId, screenshot, selectOptions } from './harness';
import { test } from './fixtures';

/**
 * A new organisation as a new operator and admin would start it (issue 15), all in the browser:
 * the operator creates a tenant with its first admin in the console, installs Lumary AR and
 * grants its licence; the admin signs in with the temporary password, chooses their own, builds
 * Finance Manager > Finance Officer in Setup → Roles and creates a finance user with a temporary
 * password, the AR permission set and the Finance Manager role in Setup → Users;
 * the finance user signs in, changes the password when asked, and lands in the app with AR.
 */

const AR = 'Lumary AR';
const ADMIN_TEMPORARY = 'first admin temporary 1907';
const ADMIN_OWN = 'admin chose this quietly 2026';
const FINANCE_TEMPORARY = 'finance temporary pelican 58';
const FINANCE_OWN = 'finance picked a long one 77';

const row = (name: string) => `${byTestId('package-row')}[data-package="${name}"]`;

/** Confirms a package action in the console and waits for the snackbar saying it was done. */
async function confirmAction(page: Page, button: string, done: string): Promise<void> {
  await page.click(`${row(AR)} ${byTestId(button)}`);
  await page.click(byTestId('confirm-ok'));
  await page.waitForSelector(`mat-snack-bar-container:has-text("${done}")`);
  await page.click('mat-snack-bar-container button');
  await page.waitForSelector('mat-snack-bar-container', { state: 'detached' });
}

/** Signs in on the sign-in page with a temporary password, and chooses one's own on the page the app sends to. */
async function firstSignIn(page: Page, url: string, username: string, temporary: string, own: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.waitForURL(/\/sign-in/);
  await page.fill(byTestId('sign-in-username'), username);
  await page.fill(byTestId('sign-in-password'), temporary);
  await page.click(byTestId('sign-in-submit'));
  await page.waitForSelector(byTestId('password-change-required'));
  assert.match(page.url(), /\/change-password/);
  await page.fill(byTestId('current-password'), temporary);
  await page.fill(byTestId('new-password'), 'password123');
  await page.fill(byTestId('confirm-password'), 'password123');
  await page.click(byTestId('change-password-submit'));
  await page.waitForSelector(byTestId('change-password-error'));
  assert.match((await page.textContent(byTestId('change-password-error'))) ?? '', /too easy to guess/);
  await page.fill(byTestId('new-password'), own);
  await page.fill(byTestId('confirm-password'), own);
  await page.click(byTestId('change-password-submit'));
  await page.waitForSelector(byTestId('app-launcher'));
}

export function usersTests(): void {
  test('users: the operator creates a tenant with its admin; the admin creates a finance user with AR; both sign in and change their temporary passwords', async ({
    newPage,
    url,
  }) => {
    const slug = `users-${Date.now().toString(36)}`;
    const adminName = `admin@${slug}.test`;
    const financeName = `fran@${slug}.test`;

    // The operator: the tenant and its first admin in one form, then Lumary AR installed and licensed.
    const ops = await newPage();
    await ops.goto(`${url}/ops`);
    await ops.fill(byTestId('ops-token'), OPERATOR_TOKEN);
    await ops.click(byTestId('ops-sign-in-submit'));
    await ops.waitForSelector(byTestId('tenants-table'));
    await ops.fill(`${byTestId('field-name')} input`, 'Users Test Care');
    await ops.fill(`${byTestId('field-slug')} input`, slug);
    await ops.fill(`${byTestId('field-admin-firstName')} input`, 'Ada');
    await ops.fill(`${byTestId('field-admin-lastName')} input`, 'Admin');
    await ops.fill(`${byTestId('field-admin-email')} input`, adminName);
    await ops.fill(`${byTestId('field-admin-username')} input`, adminName);
    await ops.fill(`${byTestId('field-admin-temporaryPassword')} input`, ADMIN_TEMPORARY);
    await screenshot(ops, 'users-01-tenant-with-admin');
    await ops.click(byTestId('tenant-create'));
    await ops.waitForSelector(
      `mat-snack-bar-container:has-text("Created the tenant Users Test Care (${slug}) with its admin ${adminName}.")`,
    );
    await ops.click(byTestId(`tenant-link-${slug}`));
    await ops.waitForSelector(`${row(AR)} ${byTestId('package-install')}`);
    await confirmAction(ops, 'package-install', `Installed ${AR}`);
    await confirmAction(ops, 'package-grant', `Granted the ${AR} licence`);

    // The admin: first sign-in, own password, a Finance Manager role in Setup → Roles, then Setup → Users → New.
    const admin = await newPage();
    await firstSignIn(admin, url, adminName, ADMIN_TEMPORARY, ADMIN_OWN);
    await admin.goto(`${url}/setup/roles`);
    await admin.waitForSelector(byTestId('no-roles'));
    await admin.click(byTestId('new-role'));
    await admin.fill(byTestId('role-name'), 'Finance Manager');
    await admin.click(byTestId('role-save'));
    await admin.waitForSelector(byTestId('role-Finance_Manager'));
    await admin.click(byTestId('role-add-below-Finance_Manager'));
    await admin.fill(byTestId('role-name'), 'Finance Officer');
    await admin.click(byTestId('role-save'));
    await admin.waitForSelector(`${byTestId('role-Finance_Manager')} + ul ${byTestId('role-Finance_Officer')}`);
    await screenshot(admin, 'users-02-roles');
    await admin.goto(`${url}/setup/users`);
    await admin.click(byTestId('new-user'));
    await admin.fill(byTestId('new-user-first-name'), 'Fran');
    await admin.fill(byTestId('new-user-last-name'), 'Finance');
    await admin.fill(byTestId('new-user-email'), financeName);
    await admin.fill(byTestId('new-user-username'), financeName);
    await selectOptions(admin, byTestId('new-user-permission-sets'), optionByTestId('new-user-ps-lumary__AR_Management'));
    await admin.click(byTestId('new-user-role'));
    await admin.click(byTestId('new-user-role-Finance_Manager'));
    await admin.click(`${byTestId('new-user-temporary')} input`);
    await admin.fill(byTestId('new-user-temporary-password'), FINANCE_TEMPORARY);
    await screenshot(admin, 'users-03-new-user');
    await admin.click(byTestId('new-user-save'));
    await admin.waitForSelector(byTestId(`user-row-${financeName}`));
    assert.equal((await admin.textContent(byTestId('users-notice')))?.trim(), `Created Fran Finance (${financeName}).`);
    await admin.waitForSelector(byTestId(`user-ps-${financeName}-lumary__AR_Management`));
    assert.equal((await admin.textContent(byTestId(`user-role-${financeName}`)))?.trim(), 'Finance Manager');

    // The finance user: first sign-in, own password, and the AR Management app is theirs.
    const finance = await newPage();
    await firstSignIn(finance, url, financeName, FINANCE_TEMPORARY, FINANCE_OWN);
    await finance.waitForSelector(byTestId('app-lumary__AR_Management'));
    assert.equal((await finance.textContent(byTestId('user-name')))?.trim(), 'Fran Finance');
    await screenshot(finance, 'users-04-finance-in');

    // The admin sees the finance user's sign-in in their login history.
    await admin.click(byTestId(`user-link-${financeName}`));
    await admin.waitForSelector(`${byTestId('login-history')} td:has-text("Success")`);
    assert.equal((await admin.textContent(byTestId('user-status')))?.trim(), 'Active');
  });
}
