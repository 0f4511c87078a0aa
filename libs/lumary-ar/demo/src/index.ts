export { seedDemo, financialYearMonths, DEMO_LOGINS, type DemoLogin } from './lib/demo-seed';
