import { LocalDate } from '@js-joda/core';
import { inTenantId, requestContext, saveSharingDefaults, type RecordEngine } from '@platform/engine';
import type { Registry } from '@platform/metadata';
import { platformRepositories } from '@platform/storage';
import { TenantService } from '@platform/tenancy';
import type { DataSource } from 'typeorm';
import type { AuthService, NewUser } from '@platform/api';
import { seedArBook, type RecordPayment } from './demo-book';
import Decimal from 'decimal.js';
import { PaymentService, type PaymentMethod } from '@lumary-ar/server';
import { seedAgreements } from './demo-agreements';

/** A published demo login (the platform's DemoLogin). */
export interface DemoLogin {
  tenant: string;
  username: string;
  password: string;
  role: string;
  permissionSets?: string[];
}

/** The demo's logins: printed by `npm start`, listed in the README. Never used outside a demo. */
export const DEMO_LOGINS: DemoLogin[] = [
  { tenant: 'demo', username: 'admin@demo.lumary.test', password: 'Demo-Admin-2026', role: 'tenant admin' },
  {
    tenant: 'demo',
    username: 'finance@demo.lumary.test',
    password: 'Demo-Finance-2026',
    role: 'finance user (Lumary AR - AR Management)',
    permissionSets: ['lumary__AR_Management'],
  },
  {
    tenant: 'demo',
    username: 'support@demo.lumary.test',
    password: 'Demo-Support-2026',
    role: 'standard user without the AR permission set',
  },
  {
    tenant: 'demo',
    username: 'coordinator@demo.lumary.test',
    password: 'Demo-Coordinator-2026',
    role: 'support coordinator: sees only the Contacts they own (Contact is Private)',
  },
  {
    tenant: 'other',
    username: 'admin@other.lumary.test',
    password: 'Demo-Other-2026',
    role: 'admin of a second tenant without the Lumary AR licence',
  },
];

const TENANTS = [
  { slug: 'demo', name: 'Demo Care Services', arLicensed: true },
  { slug: 'other', name: 'Other Community Care', arLicensed: false },
];

/**
 * Seeds, once, a demo tenant with Lumary AR installed and licensed, its users and some
 * accounting entities, contacts and accounts, and a second tenant without the licence. Does
 * nothing when the database already has tenants.
 */
export async function seedDemo(
  dataSource: DataSource,
  registry: Registry,
  engine: RecordEngine,
  auth: AuthService,
  progress: (message: string) => void = () => undefined,
): Promise<boolean> {
  const repositories = platformRepositories(dataSource);
  if (await repositories.tenants.any()) return false;
  const tenants = new TenantService(dataSource, registry, undefined, repositories);
  for (const tenant of TENANTS) {
    const { id } = await tenants.createTenant(tenant.name, tenant.slug);
    if (tenant.arLicensed) {
      for (const pkg of [...registry.packages.values()].filter((p) => p.namespace)) {
        await tenants.install(tenant.slug, pkg.name);
        if (pkg.licence) await tenants.setLicence(tenant.slug, pkg.name, true);
      }
    }
    const users = new Map<string, string>();
    for (const login of DEMO_LOGINS.filter((l) => l.tenant === tenant.slug)) {
      const [first] = login.username.split('@');
      const user: NewUser = {
        username: login.username,
        password: login.password,
        firstName: first[0].toUpperCase() + first.slice(1),
        lastName: tenant.name.split(' ')[0],
        email: login.username,
        profile: first === 'admin' ? 'System Administrator' : 'Standard User',
      };
      const userId = await auth.createUser(id, user);
      users.set(first, userId);
      for (const permissionSet of login.permissionSets ?? []) await tenants.assign(id, userId, permissionSet);
    }
    if (tenant.arLicensed) {
      await seedRecords(engine, id, progress);
      await seedSharing(dataSource, registry, engine, tenants, id, users);
    }
  }
  return true;
}

/**
 * Roles and record sharing (see "Ownership and sharing" in the README): Finance Manager above
 * Finance Officer, and Support Coordinator beside them; finance@ is the Finance Manager, support@
 * and coordinator@ Support Coordinators. Contact is Private: the seeded clients and contacts
 * belong to support@, coordinator@ owns two Contacts of their own and sees only those, support@
 * does not see them (a peer, not a manager), the finance team sees every Contact through the
 * tenant's "Client records - View All" permission set (they bill them all), and the admin sees all.
 */
async function seedSharing(
  dataSource: DataSource,
  registry: Registry,
  engine: RecordEngine,
  tenants: TenantService,
  tenantId: string,
  users: Map<string, string>,
): Promise<void> {
  const ctx = requestContext(tenantId, null);
  const role = async (Name: string, DeveloperName: string, ParentRoleId?: string) =>
    (await engine.create(ctx, 'UserRole', { Name, DeveloperName, ...(ParentRoleId ? { ParentRoleId } : {}) })).id;
  const manager = await role('Finance Manager', 'Finance_Manager');
  await role('Finance Officer', 'Finance_Officer', manager);
  const coordinators = await role('Support Coordinator', 'Support_Coordinator');
  for (const [user, roleId] of [
    ['finance', manager],
    ['support', coordinators],
    ['coordinator', coordinators],
  ] as const) {
    const userId = users.get(user);
    if (userId) await engine.update(ctx, 'User', userId, { UserRoleId: roleId });
  }
  const support = users.get('support');
  const coordinator = users.get('coordinator');
  if (!support || !coordinator) return;
  // The seed wrote its records as the platform (no owner): the clients are the support coordinator's.
  const contact = registry.object('Contact');
  if (contact) {
    await inTenantId(dataSource, tenantId, (manager) =>
      manager.query(`UPDATE "${contact.table}" SET "owner_id" = $2 WHERE "tenant_id" = $1 AND "owner_id" IS NULL`, [tenantId, support]),
    );
  }
  for (const [FirstName, LastName] of [
    ['Mai', 'Tran'],
    ['Oliver', 'Brennan'],
  ]) {
    await engine.create(ctx, 'Contact', { RecordTypeId: 'General', FirstName, LastName, OwnerId: coordinator });
  }
  await tenants.createPermissionSet(tenantId, {
    apiName: 'Client_Records_View_All',
    label: 'Client records - View All',
    description: 'Every Contact, whoever owns it: for the finance team, who bill them all.',
    objects: { Contact: { read: true, viewAll: true } },
  });
  const finance = users.get('finance');
  if (finance) await tenants.assign(tenantId, finance, 'Client_Records_View_All');
  await saveSharingDefaults(dataSource, registry, tenantId, { Contact: 'Private' });
}

async function seedRecords(engine: RecordEngine, tenantId: string, progress: (message: string) => void): Promise<void> {
  const ctx = requestContext(tenantId, null);
  const entity = (body: Record<string, unknown>) => engine.create(ctx, 'lumary__Accounting_Entity__c', body);
  // Last financial year and this one: the book reaches back a year. Last year's months close after seeding.
  const months = [...financialYearMonths(ctx.today.minusYears(1)), ...financialYearMonths(ctx.today)];
  const periods: { id: string; end: LocalDate }[] = [];
  for (const month of months) {
    const end = month.plusMonths(1).minusDays(1);
    const { id } = await entity({
      Name: `${MONTHS[month.monthValue() - 1]} ${month.year()}`,
      RecordTypeId: 'Accounting_Period',
      lumary__Status__c: 'Open',
      lumary__Account_Type__c: 'Revenue',
      lumary__Start_Date__c: month.toString(),
      lumary__End_Date__c: end.toString(),
      lumary__Reporting_Code__c: month.toString().slice(0, 7),
    });
    periods.push({ id, end });
  }
  for (const [name, type, code] of [
    ['Operating Bank Account', 'Bank Account', '1010'],
    ['Debtors Control', 'Debtors Control Account', '1200'],
    ['GST Collected', 'GST Control Account', '2200'],
    ['NDIA Claims Receivable', 'NDIA Claims Receivable', '1250'],
  ]) {
    await entity({ Name: name, RecordTypeId: 'Control_Account', lumary__Control_Account_Type__c: type, lumary__Reporting_Code__c: code });
  }
  const revenue = await entity({
    Name: 'Service Revenue',
    RecordTypeId: 'GL_Code',
    lumary__Account_Type__c: 'Revenue',
    lumary__Reporting_Code__c: '4000',
  });
  const gl: string[] = [];
  for (const [name, code] of [
    ['NDIS Core Supports', '4100'],
    ['Home Care Packages', '4200'],
  ]) {
    gl.push(
      (
        await entity({
          Name: name,
          RecordTypeId: 'GL_Code',
          lumary__Account_Type__c: 'Revenue',
          lumary__Reporting_Code__c: code,
          lumary__Parent__c: revenue.id,
        })
      ).id,
    );
  }
  const regions = await entity({
    Name: 'All Regions',
    RecordTypeId: 'Cost_Centre',
    lumary__Account_Type__c: 'Revenue',
    lumary__Reporting_Code__c: 'ALL',
  });
  const cc: string[] = [];
  for (const [name, code] of [
    ['Sydney Metro', 'SYD'],
    ['Hunter Region', 'HUN'],
  ]) {
    cc.push(
      (
        await entity({
          Name: name,
          RecordTypeId: 'Cost_Centre',
          lumary__Account_Type__c: 'Revenue',
          lumary__Reporting_Code__c: code,
          lumary__Parent__c: regions.id,
        })
      ).id,
    );
  }
  await engine.create(ctx, 'lumary__Invoice_Template__c', {
    Name: 'Standard Tax Invoice',
    lumary__Is_Default__c: true,
    lumary__Remittance_Details__c: 'EFT to BSB 062-000, account 1234 5678',
  });
  await engine.create(ctx, 'lumary__AR_Settings__c', {
    Name: 'AR Settings',
    lumary__Default_Payment_Terms__c: 14,
    lumary__Sender_Email__c: 'accounts@democare.example',
    lumary__State__c: 'NSW',
    // The provider's NDIS registration and ABN: what NDIA claim batches put on every row.
    lumary__Registration_Number__c: '4050012345',
    lumary__ABN__c: '51824753556',
  });
  await seedArBook(engine, ctx, { core: gl[0], homeCare: gl[1], sydney: cc[0], hunter: cc[1] }, demoPayment(engine), progress);
  // The support catalogue and a service agreement for the first NDIA-managed client.
  const ndia = await engine.query(ctx, `SELECT Id FROM Contact WHERE lumary__Funding__c = 'NDIA-managed' ORDER BY CreatedDate LIMIT 1`);
  await seedAgreements(engine, ctx, financialYearMonths(ctx.today)[0], ndia.records[0]?.['Id'] as string | undefined);
  // Last financial year is closed, as a finance team would have it by now.
  const thisYear = financialYearMonths(ctx.today)[0];
  for (const period of periods.filter((p) => p.end.isBefore(thisYear))) {
    await engine.update(ctx, 'lumary__Accounting_Entity__c', period.id, { lumary__Status__c: 'Closed' });
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The first days of the twelve months of the Australian financial year (July to June) holding `today`. */
export function financialYearMonths(today: LocalDate): LocalDate[] {
  const startYear = today.monthValue() >= 7 ? today.year() : today.year() - 1;
  const start = LocalDate.of(startYear, 7, 1);
  return Array.from({ length: 12 }, (_, i) => start.plusMonths(i));
}

/** Payments go through the payments service, as a finance user's would. */
function demoPayment(engine: RecordEngine): RecordPayment {
  const payments = new PaymentService(engine);
  return (ctx, p) =>
    payments.record(ctx, {
      idempotencyKey: p.key,
      debtor: p.debtor,
      date: p.date,
      amount: new Decimal(p.amount),
      method: p.method as PaymentMethod,
      reference: p.reference,
      allocations: p.allocations.map((a) => ({ invoice: a.invoice, amount: new Decimal(a.amount) })),
    });
}
