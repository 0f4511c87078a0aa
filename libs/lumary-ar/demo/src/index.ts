export { seedDemo, DEMO_LOGINS } from './lib/demo-seed';
