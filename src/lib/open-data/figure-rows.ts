import type { OutlookExport, SalaryExport } from '../../schemas/open-data/figures.ts';
import { figureRowSchema, type FigureRow } from '../../schemas/open-data/figure-row.ts';
import type { RoleProfile } from '../../schemas/open-data/role-profile.ts';
import { onetRows } from './onet-rows.ts';

type Common = SalaryExport | OutlookExport;

/** The fields a salary and an outlook row share: where the figure is shown, and where it comes from. */
function common(profile: RoleProfile, figure: Common) {
  return {
    role: profile.id,
    roleTitle: profile.title,
    page: profile.url,
    figureUrl: figure.url,
    figure: figure.id,
    region: figure.region,
    scope: figure.scope,
    note: figure.note,
    older: figure.older,
    supersededBy: figure.supersededBy,
    source: figure.source.id,
    sourcePublisher: figure.source.publisher,
    sourceTitle: figure.source.title,
    sourceUrl: figure.source.url,
    sourceReuse: figure.source.reuse,
    via: figure.via?.id,
    viaTitle: figure.via?.title,
    edition: figure.official?.edition,
    editionLabel: figure.official?.editionLabel,
    dataset: figure.official?.dataset,
    occupation: figure.official?.occupation,
    occupationTitle: figure.official?.occupationTitle,
    classification: figure.official?.classification,
    codes: figure.official?.codes.join(' '),
    relation: figure.official?.relation,
    officialStatistic: figure.official?.statistic,
  };
}

/**
 * Every figure of every profile as flat rows (pay, outlook, then O*NET's): one row per figure per role page, in the order of the
 * page's tables. A figure shown on seven pages is seven rows with the same `figure` id, because each
 * page may relate the role to it differently (relation, scope).
 */
export function figureRows(profiles: RoleProfile[]): FigureRow[] {
  return profiles.flatMap((profile) => [
    ...profile.salaries.map((f) =>
      figureRowSchema.parse({
        ...common(profile, f),
        kind: 'salary',
        currency: f.currency,
        period: f.period,
        level: f.level,
        statistic: f.statistic,
        amount: f.amount,
        min: f.min,
        max: f.max,
        basis: f.basis,
        year: f.year,
        asOf: f.asOf,
        ...f.percentiles,
        context: f.context,
      }),
    ),
    ...profile.outlook.map((f) =>
      figureRowSchema.parse({
        ...common(profile, f),
        kind: 'outlook',
        metric: f.metric,
        value: f.value,
        from: f.from,
        to: f.to,
        label: f.label,
        context: false,
      }),
    ),
    // O*NET figures have no row in the page's tables: their address is the page with the figure's anchor,
    // written as figureAnchor() in src/lib/urls.ts writes it (that module needs Astro's env, this one must not).
    ...onetRows(profile, (figure) => `${profile.url}#figure-${figure}`),
  ]);
}
