/**
 * Package source names components without their namespace (`Invoice__c`), as Salesforce source
 * format does; at run time a package's custom components carry it (`lumary__Invoice__c`).
 * Standard names (`Contact`, `Email`) never do, and a name that already names a namespace
 * (`other__Thing__c`) is taken as written.
 */
export function qualify(name: string, namespace: string): string {
  if (!namespace || !name.endsWith('__c')) return name;
  return isNamespaced(name) ? name : `${namespace}__${name}`;
}

export const isNamespaced = (name: string): boolean => name.split('__').length >= 3;

/** A relationship name as written in formulas (`Parent__r`) is qualified like its field. */
export function qualifyRelationship(name: string, namespace: string): string {
  if (!namespace || !name.endsWith('__r')) return name;
  return name.split('__').length >= 3 ? name : `${namespace}__${name}`;
}
