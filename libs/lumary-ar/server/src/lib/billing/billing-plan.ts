/** A delivered service as a billing run plans it: who it is for, who pays, how it is funded. */
export interface PlannedService {
  id: string;
  client: string;
  clientName: string;
  /** The client's Default Debtor, else the client. */
  debtor: string;
  debtorName: string;
  funding: string;
}

/**
 * One all-or-nothing step of a billing run, in its own transaction: every service of one debtor
 * (invoiced, one invoice per client of that debtor), or one NDIA-managed client's services
 * (claimed, one claim).
 */
export interface BillingUnit {
  kind: 'invoice' | 'claim';
  /** The debtor (invoice) or the client (claim) the unit is about. */
  party: string;
  /** How errors and progress name the unit: the debtor's name, or the claim's client. */
  label: string;
  services: string[];
}

export const NDIA_MANAGED = 'NDIA-managed';

/**
 * Splits a run's services into units: non-NDIA services by debtor, NDIA-managed services by
 * client. Units come in the order their first service came (the caller sorts by date).
 */
export function planBilling(services: PlannedService[]): BillingUnit[] {
  const units = new Map<string, BillingUnit>();
  for (const s of services) {
    const claim = s.funding === NDIA_MANAGED;
    const key = claim ? `claim:${s.client}` : `invoice:${s.debtor}`;
    let unit = units.get(key);
    if (!unit) {
      unit = claim
        ? { kind: 'claim', party: s.client, label: `NDIA claim for ${s.clientName}`, services: [] }
        : { kind: 'invoice', party: s.debtor, label: s.debtorName, services: [] };
      units.set(key, unit);
    }
    unit.services.push(s.id);
  }
  return [...units.values()];
}

/** Items grouped by a key, groups in first-seen order and items in their given order. */
export function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}
