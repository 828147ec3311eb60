import { z } from 'astro/zod';
import { calendarDate, filledText, type ReferenceTo } from './common.ts';
import { outlookFigureSchema } from './outlook.ts';
import { salaryFigureSchema } from './salary.ts';

const list = (what: string) => z.array(filledText, { error: `is not a list — write ${what} as a list, one "- item" per line` });

export const educationRouteKinds = [
  'degree',
  'engineering-school',
  'bootcamp',
  'self-taught',
  'apprenticeship',
  'on-the-job',
] as const;

/** A question readers ask, answered in the site's own words. */
const faqSchema = z.object({
  question: filledText,
  answer: filledText,
});

/** A way into the role. */
const educationRouteSchema = z.object({
  /** The kind of route, so routes can be compared across roles. */
  kind: z.enum(educationRouteKinds, { error: `is not a known route — use one of ${educationRouteKinds.join(', ')}` }),
  /** What the route involves and who it suits. */
  description: filledText,
});

/** An official occupation code the role is counted under. */
const occupationCodeSchema = z.object({
  /** The classification ("US-SOC-2018"). */
  system: z.enum(['US-SOC-2018'], { error: 'is not a known classification — use "US-SOC-2018"' }),
  /** The code ("15-1252"). */
  code: z.string().regex(/^\d{2}-\d{4}$/, { error: 'is not a SOC code — write it like "15-1252"' }),
  /** The occupation's official title. */
  title: filledText,
  /** Why this code applies: the role has no code of its own, so this is a mapping. */
  note: z.string().optional(),
});

/** The frontmatter of a role profile (`content/roles/<slug>.mdx`). */
export const roleSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      /** The job title as the page heading shows it ("Back-end developer"). */
      title: filledText,
      /** Other titles people search for ("Backend engineer", "Server-side developer"). */
      aliases: z.array(filledText).prefault([]),
      /** One sentence, 50 to 160 characters: the meta description and the card text. */
      summary: filledText.pipe(
        z
          .string()
          .min(50, { error: (i) => `is ${String(i.input).length} characters, too short for a summary — write at least 50` })
          .max(160, { error: (i) => `is ${String(i.input).length} characters, too long for a summary — shorten it to 160 or fewer` }),
      ),
      /** The family the role is listed under on /roles/: an id in content/families.yaml. */
      family: ref('families'),
      /** When an editor last checked the whole profile against its sources (YYYY-MM-DD). */
      lastReviewed: calendarDate,
      /** What the role does, one responsibility per item. */
      duties: list('duties').min(1, { error: 'is empty — list at least one duty' }),
      /** The problems the role is hired to solve. */
      problems: list('problems').prefault([]),
      /** Skills, split into technical and personal. */
      skills: z.object({
        technical: list('technical skills').prefault([]),
        soft: list('soft skills').prefault([]),
      }),
      /** Technologies the role uses, grouped. */
      technologies: z
        .object({
          languages: list('languages').prefault([]),
          frameworks: list('frameworks').prefault([]),
          databases: list('databases').prefault([]),
          infrastructure: list('servers, platforms and infrastructure').prefault([]),
          tools: list('tools').prefault([]),
        })
        .prefault({}),
      /** How people get into the role. */
      education: z.object({
        /** The usual entry qualification, in a few words ("Bachelor's degree in computer science"). */
        typical: filledText,
        routes: z.array(educationRouteSchema).prefault([]),
        certifications: list('certifications').prefault([]),
      }),
      /** Where and how the work happens. */
      workEnvironment: z.object({
        setting: filledText,
        remote: filledText,
        hours: filledText,
        equipment: list('equipment').prefault([]),
        colleagues: list('colleagues').prefault([]),
      }),
      /** Pay figures, each with its source and year. */
      salaries: z.array(salaryFigureSchema(ref)).prefault([]),
      /** Projected growth and openings, each with its period and source. */
      outlook: z.array(outlookFigureSchema(ref)).prefault([]),
      /** Official occupation codes the role maps to. */
      occupationCodes: z.array(occupationCodeSchema).prefault([]),
      /** Where the role leads and where people come from: ids in content/roles/. */
      progression: z
        .object({
          leadsTo: z.array(ref('roles')).prefault([]),
          comesFrom: z.array(ref('roles')).prefault([]),
        })
        .prefault({}),
      /** Roles worth comparing with this one: ids in content/roles/. */
      related: z.array(ref('roles')).prefault([]),
      /** Questions and answers shown on the page and as FAQPage data. */
      faqs: z.array(faqSchema).prefault([]),
      /** Every source the profile draws on: ids in content/sources/. */
      sources: z.array(ref('sources')).min(1, { error: 'is empty — cite at least one source id from content/sources/' }),
    })
    .superRefine((role, ctx) => {
      const ids = new Set<string>();
      for (const [field, figures] of [
        ['salaries', role.salaries],
        ['outlook', role.outlook],
      ] as const) {
        figures.forEach((figure, index) => {
          if (ids.has(figure.id)) {
            ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `"${figure.id}" is used twice — each figure needs its own id` });
          }
          ids.add(figure.id);
        });
      }
      for (const [field, figures] of [
        ['salaries', role.salaries],
        ['outlook', role.outlook],
      ] as const) {
        const own = new Set(figures.map((f) => f.id));
        figures.forEach((figure, index) => {
          if (figure.supersededBy !== undefined && !own.has(figure.supersededBy)) {
            ctx.addIssue({
              code: 'custom',
              path: [field, index, 'supersededBy'],
              message: `no figure with id "${figure.supersededBy}" in ${field} — name the id of the newer figure in the same list`,
            });
          }
        });
      }
    });

