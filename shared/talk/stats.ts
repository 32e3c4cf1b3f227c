/**
 * Gini coefficient of non-negative values, by the mean absolute difference:
 *   G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 · n² · mean)
 * 0 when everyone has the same, approaching 1 when one has everything
 * (at most (n − 1) / n). null when it means nothing: fewer than two values, or all zero.
 */
export function gini(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0) return null;
  // Sorted form of the same sum, O(n log n): Σᵢ Σⱼ |xᵢ − xⱼ| = 2 · Σᵢ (2i − n + 1) · xᵢ for ascending xᵢ, i from 0.
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (2 * i - n + 1) * x));
  const g = (2 * weighted) / (2 * n * n * (sum / n));
  return Math.min(1, Math.max(0, g));
}

/** Balance index shown to facilitators: 1 − Gini (1 = perfectly even). */
export function balanceIndex(values: readonly number[]): number | null {
  const g = gini(values);
  return g === null ? null : 1 - g;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
