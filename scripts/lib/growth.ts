// What each step up in size costs, for the benchmark: the extra time over the extra pages (or words)
// between one size and the next. An average per page mixes the pages there at every size with the ones
// the larger size adds; this isolates the added ones, so it stays flat when the work is linear.

export interface SizePoint {
  /** The size measured, in the unit the cost is spread over (pages, words). */
  units: number;
  cost: number;
}

/** Cost per added unit from each point to the next larger one; `undefined` for the smallest. */
export function costPerAddedUnit(points: SizePoint[]): (number | undefined)[] {
  return points.map((point) => {
    const smaller = points.filter((other) => other.units < point.units);
    if (smaller.length === 0) return undefined;
    const previous = smaller.reduce((a, b) => (b.units > a.units ? b : a));
    return (point.cost - previous.cost) / (point.units - previous.units);
  });
}
