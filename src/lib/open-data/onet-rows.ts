import { figureRowSchema, type FigureRow } from '../../schemas/open-data/figure-row.ts';
import type { RoleProfile } from '../../schemas/open-data/role-profile.ts';

type Onet = NonNullable<RoleProfile['onet']>;
type Occupation = Onet['occupations'][number];

const measureOfScale = {
  RL: 'education',
  RW: 'experience',
  PT: 'on-site-training',
  OJ: 'on-the-job-training',
} as const;

/** "15-1252.00" + "skill-importance" + "2.B.3.e" → "onet-15-1252-00-skill-importance-2-b-3-e" */
const slug = (...parts: (string | number)[]) =>
  ['onet', ...parts]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The O*NET values of a role's JSON as figure rows (kind "onet"): the same selection, values, dates and
 * domain sources, so the CSV and the JSON cannot disagree. Suppressed values are already out of the JSON.
 */
export function onetRows(profile: RoleProfile, figureUrl: (figureId: string) => string): FigureRow[] {
  const onet = profile.onet;
  if (!onet) return [];
  return onet.occupations.flatMap((occupation) => {
    const code = occupation.ratingsFrom?.code ?? occupation.code;
    const row = (
      figure: string,
      measure: FigureRow['onetMeasure'],
      element: string | number,
      name: string,
      value: number,
      dated: { date: string; domainSource: string },
    ) =>
      figureRowSchema.parse({
        role: profile.id,
        roleTitle: profile.title,
        page: profile.url,
        figureUrl: figureUrl(figure),
        kind: 'onet',
        figure,
        region: 'US',
        value,
        context: false,
        older: false,
        source: slug(onet.release.version),
        sourcePublisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
        sourceTitle: `${onet.release.name}: ${occupation.ratingsFrom?.title ?? occupation.title} (${code})`,
        sourceUrl: onet.release.url,
        sourceReuse: 'cite-and-check-terms',
        occupationTitle: occupation.ratingsFrom?.title ?? occupation.title,
        codes: code,
        relation: occupation.relation,
        onetMeasure: measure,
        onetElement: String(element),
        onetName: name,
        onetRelease: onet.release.version,
        onetDate: dated.date,
        onetDomainSource: dated.domainSource,
        onetSubstitute: occupation.ratingsFrom?.substitute ?? false,
      });
    return [
      ...ratingRows(occupation, code, row),
      ...occupation.routesIn.flatMap((d) =>
        d.shares.flatMap((share) =>
          share.percent === undefined
            ? []
            : [
                row(
                  slug(code, d.scale, share.category),
                  measureOfScale[d.scale],
                  share.category,
                  share.label,
                  share.percent,
                  d,
                ),
              ],
        ),
      ),
      ...(occupation.jobZone
        ? [
            row(
              slug(occupation.code, 'job-zone'),
              'job-zone',
              occupation.jobZone.zone,
              occupation.jobZone.name,
              occupation.jobZone.zone,
              occupation.jobZone,
            ),
          ]
        : []),
    ];
  });
}

type Row = (
  figure: string,
  measure: FigureRow['onetMeasure'],
  element: string,
  name: string,
  value: number,
  dated: { date: string; domainSource: string },
) => FigureRow;

function ratingRows(occupation: Occupation, code: string, row: Row): FigureRow[] {
  return (['skill', 'knowledge'] as const).flatMap((kind) =>
    occupation[kind === 'skill' ? 'skills' : 'knowledge'].flatMap((r) => [
      row(slug(code, kind, 'importance', r.elementId), `${kind}-importance`, r.elementId, r.name, r.importance, r),
      ...(r.level === undefined
        ? []
        : [row(slug(code, kind, 'level', r.elementId), `${kind}-level`, r.elementId, r.name, r.level, r)]),
    ]),
  );
}
