import type { OnetData, OnetOccupation } from './types.ts';

export interface JobZone {
  zone: number;
  /** O*NET's name ("Job Zone Four: Considerable Preparation Needed"). */
  name: string;
  /** The part a reader needs, in sentence case ("Considerable preparation needed"). */
  shortName: string;
  date: string;
  domainSource: string;
}

/** The preparation the work needs, with O*NET's name for the zone; undefined when O*NET sets none. */
export function jobZoneOf(data: OnetData, occupation: OnetOccupation): JobZone | undefined {
  if (!occupation.jobZone) return undefined;
  const { zone, date, domainSource } = occupation.jobZone;
  const name = data.jobZones.find((z) => z.zone === zone)?.name ?? `Job Zone ${zone}`;
  const after = name.includes(':') ? name.slice(name.indexOf(':') + 1).trim() : name;
  const shortName = after.charAt(0) + after.slice(1).toLowerCase();
  return { zone, name, shortName, date, domainSource };
}
