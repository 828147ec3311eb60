/**
 * The current figures, then those a newer one replaces, each group in content order: the order of the
 * page's tables (the replaced ones folded under the current), its chart, its JSON and its CSV.
 */
export function currentFirst<F extends { supersededBy?: string | undefined }>(figures: F[]): F[] {
  return [...figures.filter((f) => !f.supersededBy), ...figures.filter((f) => f.supersededBy)];
}
