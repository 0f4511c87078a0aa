/** Lumary AR's web part: its pages and record-page components, as the web shell composes them. */
export { LUMARY_AR_WEB } from './lib/lumary.providers';
