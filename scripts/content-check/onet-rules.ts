import { z } from 'astro/zod';
import {
  onetCategorySchema,
  onetElementSchema,
  onetJobZoneSchema,
  onetOccupationSchema,
  onetReleaseSchema,
  onetScaleSchema,
  type OnetOccupation,
} from '../../src/schemas/onet.ts';
import { loadOnet, type OnetFile } from './onet-load.ts';
import type { Problem } from './problems.ts';
import { validOf, type ParsedContent } from './parsed.ts';
import { closest } from './schema-rules.ts';

type Path = (string | number)[];

const fieldName = (path: Path) =>
  path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  ) || '(file)';

/** content/onet/ is written by the importer: a hand edit is best undone by importing again. */
const reimport = 'import the release again with "npm run import:onet -- <folder of O*NET text files>"';

/**
 * The O*NET layer checked like every collection (file, line, field, fix): each file against its schema,
 * then what one file cannot say — element ids, values within their scale, categories in the reference
 * table — and every role's onetOccupations code against the occupations the project carries.
 */
export function checkOnet(contentDir: string, root: string, parsed: readonly ParsedContent[]): Problem[] {
  const problems: Problem[] = [];
  const onet = loadOnet(contentDir, root);
  const error = (file: { path: string; lineOf(path: Path): number }, path: Path, message: string, fix: string) =>
    problems.push({
      file: file.path,
      line: file.lineOf(path),
      field: fieldName(path),
      message,
      fix,
      severity: 'error',
    });

  /** Parse a file against its schema, reporting each issue; the data when it is valid. */
  function valid<T>(file: OnetFile | undefined, schema: z.ZodType<T>): T | undefined {
    if (!file) return undefined;
    if (file.parseError) {
      error(file, [], `cannot be read: ${file.parseError.message}`, reimport);
      return undefined;
    }
    const result = schema.safeParse(file.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const [message, fix] = issue.message.split(' — ');
      const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
      error(file, issue.path as Path, missing && !fix ? 'is missing' : message!, fix ?? reimport);
    }
    return undefined;
  }

  const roles = validOf(parsed, 'roles');
  const mapsToOnet = roles.some((r) => (r.data.onetOccupations ?? []).length > 0);
  if (!onet.exists && !mapsToOnet) return problems;
  if (!onet.release)
    problems.push({
      file: onet.releasePath,
      line: 1,
      field: '(file)',
      message: 'is missing, so no page can say which O*NET release its data comes from',
      fix: reimport,
      severity: 'error',
    });
  valid(onet.release, onetReleaseSchema);

  const table = <T>(file: OnetFile | undefined, schema: z.ZodType<T>) => valid(file, z.array(schema)) ?? [];
  const elements = new Map(table(onet.reference.elements, onetElementSchema).map((e) => [e.id, e]));
  const scales = new Map(table(onet.reference.scales, onetScaleSchema).map((s) => [s.id, s]));
  const zones = new Set(table(onet.reference.jobZones, onetJobZoneSchema).map((z) => z.zone));
  const categories = table(onet.reference.categories, onetCategorySchema);

  const codes: string[] = [];
  for (const file of onet.occupations) {
    const occupation = valid(file, onetOccupationSchema);
    if (!occupation) continue;
    codes.push(occupation.code);
    if (file.name !== `${occupation.code}.yaml`)
      error(
        file,
        ['code'],
        `is "${occupation.code}" but the file is ${file.name}`,
        `rename the file ${occupation.code}.yaml`,
      );
    const context = { file, error, elements, scales, zones, categories };
    checkRatings(occupation, context);
    checkDistributions(occupation, context);
  }

  for (const role of roles) {
    const mappings = role.data.onetOccupations ?? [];
    mappings.forEach((mapping, index) => {
      if (codes.includes(mapping.code)) return;
      const guess = closest(mapping.code, codes);
      error(
        role.file,
        ['onetOccupations', index, 'code'],
        `"${mapping.code}" has no file in content/onet/occupations/`,
        guess
          ? `did you mean "${guess}"?`
          : `use a code the project carries (${codes.join(', ') || 'none yet'}), or ${reimport}`,
      );
    });
  }
  return problems;
}

interface Context {
  file: OnetFile;
  error: (file: OnetFile, path: Path, message: string, fix: string) => void;
  elements: Map<string, { name: string; domain: string }>;
  scales: Map<string, { min: number; max: number; name: string }>;
  zones: Set<number>;
  categories: { scale: string; category: number }[];
}

/** A value outside [min, max] of its scale, reported with the scale's bounds. */
function checkRange(context: Context, path: Path, value: number, scaleId: string) {
  const scale = context.scales.get(scaleId);
  if (!scale) {
    context.error(
      context.file,
      path,
      `uses the scale ${scaleId}, which content/onet/reference/scales.yaml does not list`,
      reimport,
    );
  } else if (value < scale.min || value > scale.max) {
    context.error(
      context.file,
      path,
      `is ${value}, outside the ${scale.name} scale (${scaleId}, ${scale.min} to ${scale.max})`,
      `write the value O*NET gives, between ${scale.min} and ${scale.max}, or ${reimport}`,
    );
  }
}

function checkRatings(occupation: OnetOccupation, context: Context) {
  for (const domain of ['skills', 'knowledge'] as const) {
    occupation[domain].forEach((rating, index) => {
      const element = context.elements.get(rating.elementId);
      if (!element || element.domain !== domain) {
        const known = [...context.elements].filter(([, e]) => e.domain === domain).map(([id]) => id);
        const guess = closest(rating.elementId, known);
        context.error(
          context.file,
          [domain, index, 'elementId'],
          `"${rating.elementId}" is not a ${domain} element in content/onet/reference/elements.yaml`,
          guess ? `did you mean "${guess}"?` : reimport,
        );
      }
      if (rating.importance) checkRange(context, [domain, index, 'importance', 'value'], rating.importance.value, 'IM');
      if (rating.level) checkRange(context, [domain, index, 'level', 'value'], rating.level.value, 'LV');
    });
  }
}

function checkDistributions(occupation: OnetOccupation, context: Context) {
  if (occupation.jobZone && context.zones.size > 0 && !context.zones.has(occupation.jobZone.zone))
    context.error(
      context.file,
      ['jobZone', 'zone'],
      `is ${occupation.jobZone.zone}, not a zone in content/onet/reference/job-zones.yaml`,
      `use one of ${[...context.zones].join(', ')}, or ${reimport}`,
    );
  for (const [scale, values] of Object.entries(occupation.education)) {
    const known = context.categories.filter((c) => c.scale === scale).map((c) => c.category);
    values?.forEach((value, index) => {
      checkRange(context, ['education', scale, index, 'percent'], value.percent, scale);
      if (!known.includes(value.category))
        context.error(
          context.file,
          ['education', scale, index, 'category'],
          `is ${value.category}, not a ${scale} category in content/onet/reference/education-categories.yaml`,
          `use one of ${known.join(', ') || '(none listed)'}, or ${reimport}`,
        );
    });
  }
}
