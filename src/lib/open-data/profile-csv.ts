import { stringify } from 'csv-stringify/sync';
import type { RoleProfile } from '../../schemas/open-data/role-profile.ts';

/**
 * What a job ad needs from a profile, one row per item: its duties, skills, technologies and education,
 * read from the same export as /data/roles/<id>.json, so the two files cannot disagree.
 */
export interface ProfileRow {
  role: string;
  /** duty, skill, technology, education or certification. */
  section: 'duty' | 'skill' | 'technology' | 'education' | 'certification';
  /** Within the section: the skill's kind, the technology's category, or the education route's kind. */
  kind: string;
  /** The item as the page names it. */
  item: string;
  /** What the profile says more of it: how the skill is used, what the technology is for. */
  detail: string;
}

export const profileColumns = ['role', 'section', 'kind', 'item', 'detail'] as const satisfies (keyof ProfileRow)[];

export function profileRows(profile: RoleProfile): ProfileRow[] {
  const role = profile.id;
  const { education } = profile;
  return [
    ...profile.duties.map((item) => ({ role, section: 'duty' as const, kind: '', item, detail: '' })),
    ...profile.skills.map((s) => ({
      role,
      section: 'skill' as const,
      kind: s.kind,
      item: s.name,
      detail: s.detail ?? '',
    })),
    ...profile.technologies.map((t) => ({
      role,
      section: 'technology' as const,
      kind: t.category,
      item: t.name,
      detail: t.usedFor ?? '',
    })),
    ...(education.typical
      ? [{ role, section: 'education' as const, kind: 'typical', item: education.typical, detail: '' }]
      : []),
    ...education.routes.map((r) => ({
      role,
      section: 'education' as const,
      kind: r.kind,
      item: r.description,
      detail: '',
    })),
    ...education.certifications.map((item) => ({
      role,
      section: 'certification' as const,
      kind: '',
      item,
      detail: '',
    })),
  ];
}

/** The rows as CSV (RFC 4180 quoting, UTF-8, a header row), as the figures' CSVs are written. */
export const profileCsv = (profile: RoleProfile) =>
  stringify(profileRows(profile), { header: true, columns: profileColumns });
