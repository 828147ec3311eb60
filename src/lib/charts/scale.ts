/** A linear axis: its domain, evenly spaced round ticks, and where a value falls on it (0–100 %). */
export interface LinearScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** The round step (1, 2, 2.5 or 5 times a power of ten) closest above `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = [1, 2, 2.5, 5, 10].find((f) => fraction <= f + 1e-9) ?? 10;
  return nice * power;
}

/**
 * A domain from round tick to round tick that covers every value, with about `targetTicks` intervals.
 * A single value gets a domain around it; a positive set never gets a negative start.
 */
export function niceScale(values: number[], targetTicks = 4): LinearScale {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) throw new Error('niceScale needs at least one value');
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const spread = Math.abs(low) * 0.2 || 1;
    low -= spread / 2;
    high += spread / 2;
  }
  const step = niceStep((high - low) / targetTicks);
  // Rounding first keeps 0.1 + 0.2-style drift out of the domain and tick values.
  const round = (n: number) => Math.round(n / step) * step;
  let min = Math.floor(low / step + 1e-9) * step;
  const max = Math.ceil(high / step - 1e-9) * step;
  if (min < 0 && Math.min(...finite) >= 0) min = 0;
  const ticks: number[] = [];
  for (let t = round(min); t <= max + step / 1e6; t = round(t + step)) ticks.push(Number(t.toPrecision(12)));
  return { min: round(min), max: round(max), step, ticks };
}

/** Where `value` sits between the scale's ends, as a percentage rounded to 0.1. */
export function position(scale: Pick<LinearScale, 'min' | 'max'>, value: number): number {
  const span = scale.max - scale.min;
  const share = span === 0 ? 0.5 : (value - scale.min) / span;
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}
