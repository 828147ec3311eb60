import { roleProfileSchema, type RoleProfile } from '../../schemas/open-data/role-profile.ts';
import type { OutlookExport, SalaryExport } from '../../schemas/open-data/figures.ts';
import { isoDate } from '../page/dates.ts';
import { roleCompleteness } from '../profile/role-coverage.ts';
import type { OutlookFigure, SalaryFigure } from '../model/figure-types.ts';
import type { Role } from '../model/role-types.ts';
import type { RoleEntry, SourceEntry } from '../model/entries.ts';
import { numberCitations } from '../citations/numbering.ts';
import { citationBibtex, citationText } from './citation.ts';
import { reuseTerm } from './reuse.ts';
import { exportSkills, exportTechnologies } from './technology-list.ts';
import { onetExport, type EditorialTechnology, type OnetData } from '../onet/index.ts';

/** Where things are and what the site says about itself: everything the export needs beyond the role. */
export interface ExportContext {
  siteName: string;
  licence: { name: string; url: string };
  publicDomainPublishers: Record<string, string>;
  /** Absolute addresses on the configured site. */
  urls: {
    rolePage(id: string): string;
    roleData(id: string): string;
    guidePage(id: string): string;
    figure(roleId: string, figureId: string): string;
    schema(name: 'role' | 'figures' | 'figure-row'): string;
    dataPage: string;
  };
  /** The days a content file changed, newest first ("content/roles/x.mdx"). */
  changes(filePath: string | undefined): string[];
  /** O*NET data, the roles mapped to each O*NET code, and the site's technology entries (for merging). */
  onet?: {
    data: OnetData;
    roleIdsByCode: ReadonlyMap<string, readonly string[]>;
    technologies: readonly EditorialTechnology[];
  };
}

function sourceRef(source: SourceEntry, context: ExportContext) {
  const { publisher, title, url, dataYear, kind, note } = source.data;
  return {
    id: source.id,
    publisher,
    title,
    url,
    dataYear,
    kind,
    note,
    reuse: reuseTerm(publisher, context.publicDomainPublishers),
  };
}

/** The fields every figure shares, with its row's address and its provenance. */
function figureCommon(role: Role, figure: SalaryFigure | OutlookFigure, context: ExportContext) {
  return {
    id: figure.id,
    url: context.urls.figure(role.id, figure.id),
    region: figure.region,
    scope: figure.scope,
    note: figure.note,
    older: figure.older,
    supersededBy: figure.supersededBy,
    source: sourceRef(figure.source, context),
    via: figure.via && sourceRef(figure.via, context),
    official: figure.official && { ...figure.official, codes: [...figure.official.codes] },
  };
}

function salary(role: Role, figure: SalaryFigure, context: ExportContext): SalaryExport {
  return {
    ...figureCommon(role, figure, context),
    currency: figure.currency,
    period: figure.period,
    level: figure.level,
    statistic: figure.statistic,
    amount: figure.amount,
    min: figure.min,
    max: figure.max,
    basis: figure.basis,
    year: figure.year,
    asOf: figure.asOf,
    percentiles: figure.percentiles && { ...figure.percentiles },
    context: figure.context === true,
  };
}

function outlook(role: Role, figure: OutlookFigure, context: ExportContext): OutlookExport {
  return {
    ...figureCommon(role, figure, context),
    metric: figure.metric,
    value: figure.value,
    from: figure.from,
    to: figure.to,
    label: figure.label,
  };
}

const roleLink = (entry: RoleEntry, context: ExportContext) => ({
  id: entry.id,
  title: entry.data.title,
  url: context.urls.rolePage(entry.id),
  data: context.urls.roleData(entry.id),
});

/**
 * A role profile as /data/roles/<id>.json gives it: the resolved role the page renders, parsed
 * through its schema so that the file cannot say more, less or other than the schema describes.
 */
export function roleProfile(role: Role, context: ExportContext): RoleProfile {
  const { data } = role.entry;
  const url = context.urls.rolePage(role.id);
  const cited = {
    key: role.id,
    title: data.title,
    siteName: context.siteName,
    url,
    dated: { label: 'Last reviewed', date: data.lastReviewed },
  };
  return roleProfileSchema.parse({
    $schema: context.urls.schema('role'),
    id: role.id,
    url,
    title: data.title,
    aliases: data.aliases,
    summary: data.summary,
    family: { id: role.family.id, name: role.family.data.name },
    lastReviewed: isoDate(data.lastReviewed),
    changes: context.changes(role.entry.filePath),
    brief: roleCompleteness(role).brief,
    duties: data.duties,
    problems: data.problems,
    skills: exportSkills(role.skills),
    technologies: exportTechnologies(role.technologies),
    education: {
      typical: data.education.typical,
      routes: data.education.routes.map(({ kind, description }) => ({ kind, description })),
      certifications: data.education.certifications,
      official: role.officialEntry.map((entry) => ({
        occupationTitle: entry.occupationTitle,
        relation: entry.relation,
        education: entry.education,
        experience: entry.experience,
        training: entry.training,
        note: entry.note,
        url: entry.url,
        source: sourceRef(entry.source, context),
      })),
    },
    workEnvironment: {
      setting: data.workEnvironment.setting,
      remote: data.workEnvironment.remote,
      hours: data.workEnvironment.hours,
      equipment: data.workEnvironment.equipment,
      colleagues: data.workEnvironment.colleagues,
    },
    occupations: role.occupations.map(({ system, code, relation, note, title, profileTitle, url }) => ({
      system,
      code,
      relation,
      note,
      title,
      profileTitle,
      url,
    })),
    nearestOccupation: role.nearestOccupation && {
      system: role.nearestOccupation.system,
      code: role.nearestOccupation.code,
      note: role.nearestOccupation.note,
      title: role.nearestOccupation.title,
      profileTitle: role.nearestOccupation.profileTitle,
      url: role.nearestOccupation.url,
    },
    salaries: role.salaries.map((figure) => salary(role, figure, context)),
    outlook: role.outlook.map((figure) => outlook(role, figure, context)),
    progression: {
      leadsTo: role.leadsTo.map((entry) => roleLink(entry, context)),
      comesFrom: role.comesFrom.map((entry) => roleLink(entry, context)),
    },
    related: role.related.map((entry) => roleLink(entry, context)),
    guides: role.guides.map((guide) => ({
      id: guide.id,
      title: guide.data.title,
      url: context.urls.guidePage(guide.id),
    })),
    faqs: role.faqs.map(({ question, answer }) => ({ question, answer })),
    // In the page's order: cited sources by first citation, then the rest (src/components/SourcesList.astro).
    sources: numberCitations(
      role.citations,
      role.sources.map((source) => source.id),
    ).notes.flatMap((note) =>
      role.sources.filter((source) => source.id === note.source).map((source) => sourceRef(source, context)),
    ),
    citation: { text: citationText(cited), bibtex: citationBibtex(cited) },
    licence: { name: context.licence.name, url: context.licence.url },
    onet:
      context.onet && data.onetOccupations.length > 0
        ? onetExport(
            context.onet.data,
            data.onetOccupations,
            context.onet.roleIdsByCode,
            context.onet.technologies,
            context.siteName,
          )
        : undefined,
  });
}
