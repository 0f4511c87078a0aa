/**
 * Money as the AR API sends it: decimal strings ("1234.50"). Comparisons and chart ratios use
 * whole cents as BigInt, so no amount ever passes through a float.
 */

/** "12.5" → 1250n, "-3.07" → -307n (at most two decimals, as the API sends them). */
export function cents(amount: string): bigint {
  const text = amount.trim();
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const value = BigInt(whole || '0') * BigInt(100) + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

/** True for "0", "0.00", "-0.00": nothing owing, nothing to show a badge for. */
export function isZero(amount: string): boolean {
  return cents(amount) === BigInt(0);
}
