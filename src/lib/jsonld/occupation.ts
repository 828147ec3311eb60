import { regionName } from '../figures/figure-format.ts';
import { classifications } from '../../schemas/classification.ts';
import type { RoleEntry } from '../model/entries.ts';
import type { RoleOccupation } from '../model/role-types.ts';
import { currentFigures, salaryDistribution, type SalaryInput } from './salary-distribution.ts';
import { isoDay, nonEmpty, schemaContext, stated, type JsonLd } from './serialize.ts';

type RoleData = RoleEntry['data'];

/** What the Occupation reads: the role's frontmatter, with figures and occupation codes resolved. */
export type OccupationInput = Pick<RoleData, 'title' | 'aliases' | 'summary' | 'lastReviewed' | 'education'> & {
  salaries: SalaryInput[];
  occupations: Pick<RoleOccupation, 'system' | 'code' | 'title'>[];
};

/** A place a figure applies to: a country, or a subdivision of one ("US-OK"). */
function place(code: string): JsonLd {
  const [country, subdivision] = code.split('-');
  return subdivision
    ? {
        '@type': 'AdministrativeArea',
        name: regionName(code),
        identifier: code,
        containedInPlace: { '@type': 'Country', name: regionName(country!), identifier: country },
      }
    : { '@type': 'Country', name: regionName(code), identifier: code };
}

/** The role profile as an Occupation, from the same data the page renders. */
export function occupationJsonLd(role: OccupationInput, page: URL): JsonLd {
  const figures = currentFigures(role.salaries);
  const regions = [...new Set(figures.map((figure) => figure.region))];
  return {
    '@context': schemaContext,
    '@type': 'Occupation',
    '@id': `${page.href}#occupation`,
    name: role.title,
    alternateName: nonEmpty(role.aliases),
    description: role.summary,
    url: page.href,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.href, url: page.href, lastReviewed: isoDay(role.lastReviewed) },
    occupationalCategory: nonEmpty(
      role.occupations.map((code) => {
        const codeSet = classifications[code.system];
        return {
          '@type': 'CategoryCode',
          codeValue: code.code,
          name: code.title,
          inCodeSet: {
            '@type': 'CategoryCodeSet',
            name: codeSet.name,
            url: 'url' in codeSet ? codeSet.url : undefined,
          },
        };
      }),
    ),
    estimatedSalary: nonEmpty(figures.map((figure) => salaryDistribution(figure, page))),
    occupationLocation: nonEmpty(regions.map(place)),
    educationRequirements: role.education.typical && stated(role.education.typical),
    qualifications: nonEmpty(role.education.certifications),
    // No `responsibilities` or `skills`: they are the page's own lists (and in /data/roles/<id>.json);
    // repeating them here cost the largest profile its room under the page-weight budget.
  };
}
