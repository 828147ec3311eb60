import type {
  OnetCategory,
  OnetElement,
  OnetJobZone,
  OnetOccupation,
  OnetRelease,
  OnetScale,
} from '../../schemas/onet.ts';

export type {
  OnetCategory,
  OnetDistributionScale,
  OnetDistributionValue,
  OnetElement,
  OnetJobZone,
  OnetOccupation,
  OnetRating,
  OnetRelease,
  OnetScale,
} from '../../schemas/onet.ts';

/** Everything content/onet/ holds, typed and indexed: what every derivation in this folder reads. */
export interface OnetData {
  release: OnetRelease;
  /** By O*NET-SOC code ("15-1252.00"). */
  occupations: ReadonlyMap<string, OnetOccupation>;
  /** Skill and knowledge elements by id ("2.B.3.e"). */
  elements: ReadonlyMap<string, OnetElement>;
  /** Scales by id ("IM", "LV", "RL", …). */
  scales: ReadonlyMap<string, OnetScale>;
  jobZones: readonly OnetJobZone[];
  categories: readonly OnetCategory[];
}

/** Index the tables as the loaders read them. */
export function onetData(tables: {
  release: OnetRelease;
  occupations: readonly OnetOccupation[];
  elements: readonly OnetElement[];
  scales: readonly OnetScale[];
  jobZones: readonly OnetJobZone[];
  categories: readonly OnetCategory[];
}): OnetData {
  return {
    release: tables.release,
    occupations: new Map(tables.occupations.map((o) => [o.code, o])),
    elements: new Map(tables.elements.map((e) => [e.id, e])),
    scales: new Map(tables.scales.map((s) => [s.id, s])),
    jobZones: tables.jobZones,
    categories: tables.categories,
  };
}

/** The occupation with `code`, or an error naming it (the content check makes this unreachable). */
export function occupationOf(data: OnetData, code: string): OnetOccupation {
  const occupation = data.occupations.get(code);
  if (!occupation) throw new Error(`O*NET occupation ${code} is not in content/onet/occupations/`);
  return occupation;
}
