import { test } from './fixtures';
import { a11yTests } from './a11y.browser';
import { arTests } from './ar.browser';
import { arMoneyTests } from './ar-money.browser';
import { arLedgerTests } from './ar-ledger.browser';
import { agreementsTests } from './agreements.browser';
import { analyticsTests } from './analytics.browser';
import { claimingTests } from './claiming.browser';
import { collectionsTests } from './collections.browser';
import { bankRecTests } from './bankrec.browser';
import { cspTests } from './csp.browser';
import { opsTests } from './ops.browser';
import { ownerTests } from './owner.browser';
import { permissionSetTests } from './permsets.browser';
import { relayoutTests } from './relayout.browser';
import { setupTests } from './setup.browser';
import { sharingTests } from './sharing.browser';
import { shellTests } from './shell.browser';
import { usersTests } from './users.browser';

/**
 * The browser suite, in the order its tests run (one worker: they share the demo tenant's data).
 * The shell's paths first, then every page's accessibility and phone-width checks, then Lumary AR's (they change AR data: a billing run comes last), the
 * operator console, permission sets and Setup; the relayout test starts its own app.
 */
test.describe(cspTests);
test.describe(shellTests);
test.describe(a11yTests);
test.describe(arTests);
test.describe(arMoneyTests);
test.describe(arLedgerTests);
test.describe(agreementsTests);
test.describe(analyticsTests);
test.describe(claimingTests);
test.describe(collectionsTests);
test.describe(bankRecTests);
test.describe(opsTests);
test.describe(permissionSetTests);
test.describe(setupTests);
test.describe(sharingTests);
test.describe(usersTests);
test.describe(ownerTests);
test.describe(relayoutTests);
