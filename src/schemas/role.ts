import { z } from 'astro/zod';
import { date, filledText, metaDescription, type ReferenceTo } from './common.ts';
import { outlookFigureSchema } from './outlook.ts';
import { salaryFigureSchema } from './salary.ts';

// Field descriptions live in .meta(): docs/frontmatter-reference.md is generated from them.

const list = (what: string) =>
  z.array(filledText, { error: `is not a list — write ${what} as a list, one "- item" per line` });

export const educationRouteKinds = [
  'degree',
  'engineering-school',
  'bootcamp',
  'self-taught',
  'apprenticeship',
  'on-the-job',
] as const;

const faqSchema = z
  .object({
    question: filledText.meta({ description: 'The question, as a reader would ask it.' }),
    answer: filledText.meta({ description: "The answer, in the site's own words, from the sources." }),
  })
  .meta({ description: "A question readers ask, answered in the site's own words." });

const educationRouteSchema = z
  .object({
    kind: z
      .enum(educationRouteKinds, { error: `is not a known route — use one of ${educationRouteKinds.join(', ')}` })
      .meta({ description: 'The kind of route, so routes can be compared across roles.' }),
    description: filledText.meta({ description: 'What the route involves and who it suits.' }),
  })
  .meta({ description: 'A way into the role.' });

const occupationCodeSchema = z
  .object({
    system: z
      .enum(['US-SOC-2018'], { error: 'is not a known classification — use "US-SOC-2018"' })
      .meta({ description: 'The classification.' }),
    code: z
      .string()
      .regex(/^\d{2}-\d{4}$/, { error: 'is not a SOC code — write it like "15-1252"' })
      .meta({ description: 'The code ("15-1252").' }),
    title: filledText.meta({ description: "The occupation's official title." }),
    note: z
      .string()
      .optional()
      .meta({ description: 'Why this code applies: the role has no code of its own, so this is a mapping.' }),
  })
  .meta({ description: 'An official occupation code the role is counted under.' });

export const roleSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .object({
      title: filledText.meta({
        description: 'The job title as the page heading shows it, in sentence case ("Back-end developer").',
      }),
      aliases: z
        .array(filledText)
        .prefault([])
        .meta({ description: 'Other titles people search for ("Backend engineer", "Server-side developer").' }),
      summary: metaDescription('summary'),
      family: ref('families').meta({
        description: 'The family the role is listed under on /roles/: an id in content/families.yaml.',
      }),
      lastReviewed: date.meta({
        description: 'When an editor last checked the whole profile against its sources (YYYY-MM-DD).',
      }),
      duties: list('duties')
        .min(1, { error: 'is empty — list at least one duty' })
        .meta({ description: 'What the role does, one responsibility per item.' }),
      problems: list('problems').prefault([]).meta({ description: 'The problems the role is hired to solve.' }),
      skills: z
        .object({
          technical: list('technical skills').prefault([]).meta({ description: 'Technical skills, one per item.' }),
          soft: list('soft skills').prefault([]).meta({ description: 'Personal skills, one per item.' }),
        })
        .meta({ description: 'Skills, split into technical and personal.' }),
      technologies: z
        .object({
          languages: list('languages').prefault([]).meta({ description: 'Programming languages.' }),
          frameworks: list('frameworks').prefault([]).meta({ description: 'Frameworks and libraries.' }),
          databases: list('databases').prefault([]).meta({ description: 'Databases and data stores.' }),
          infrastructure: list('servers, platforms and infrastructure')
            .prefault([])
            .meta({ description: 'Servers, platforms and infrastructure.' }),
          tools: list('tools').prefault([]).meta({ description: 'Everyday tools.' }),
        })
        .prefault({})
        .meta({ description: 'Technologies the role uses, grouped.' }),
      education: z
        .object({
          typical: filledText.optional().meta({
            description:
              'The usual entry qualification, in a few words ("Bachelor\'s degree in computer science"); leave it out when no source states one.',
          }),
          routes: z.array(educationRouteSchema).prefault([]).meta({ description: 'The ways into the role.' }),
          certifications: list('certifications').prefault([]).meta({ description: 'Certifications the sources name.' }),
        })
        .prefault({})
        .meta({ description: 'How people get into the role.' }),
      workEnvironment: z
        .object({
          setting: filledText.optional().meta({
            description:
              'Where the work happens (offices, agencies, remote teams...); leave it out when no source says.',
          }),
          remote: filledText
            .optional()
            .meta({ description: 'How common remote work is; leave it out when no source says.' }),
          hours: filledText
            .optional()
            .meta({ description: 'Usual hours, overtime and on-call duty; leave it out when no source says.' }),
          equipment: list('equipment').prefault([]).meta({ description: 'Equipment the work needs.' }),
          colleagues: list('colleagues').prefault([]).meta({ description: 'The people the role works with.' }),
        })
        .prefault({})
        .meta({ description: 'Where and how the work happens.' }),
      salaries: z
        .array(salaryFigureSchema(ref))
        .prefault([])
        .meta({ description: 'Pay figures, each with its source and year.' }),
      outlook: z
        .array(outlookFigureSchema(ref))
        .prefault([])
        .meta({ description: 'Projected growth and openings, each with its period and source.' }),
      occupationCodes: z
        .array(occupationCodeSchema)
        .prefault([])
        .meta({ description: 'Official occupation codes the role maps to.' }),
      progression: z
        .object({
          leadsTo: z.array(ref('roles')).prefault([]).meta({
            description:
              'Roles people move on to: ids of files in content/roles/. Each of those pages then lists this role under "Where people come from".',
          }),
          comesFrom: z.array(ref('roles')).prefault([]).meta({
            description:
              'Roles people come from: ids of files in content/roles/. Each of those pages then lists this role under "Where it leads".',
          }),
        })
        .prefault({})
        .meta({ description: 'Where the role leads and where people come from.' }),
      related: z
        .array(ref('roles'))
        .prefault([])
        .meta({ description: 'Roles worth comparing with this one: ids of files in content/roles/.' }),
      faqs: z
        .array(faqSchema)
        .prefault([])
        .meta({ description: 'Questions and answers shown on the page and as FAQPage data.' }),
      sources: z
        .array(ref('sources'))
        .min(1, { error: 'is empty — cite at least one source id from content/sources/' })
        .meta({
          description:
            "Every source the profile draws on: ids of files in content/sources/. Each figure's source must be in this list.",
        }),
    })
    .superRefine((role, ctx) => {
      const ids = new Set<string>();
      for (const [field, figures] of [
        ['salaries', role.salaries],
        ['outlook', role.outlook],
      ] as const) {
        figures.forEach((figure, index) => {
          if (ids.has(figure.id)) {
            ctx.addIssue({
              code: 'custom',
              path: [field, index, 'id'],
              message: `"${figure.id}" is used twice — each figure needs its own id`,
            });
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
    })
    .meta({ description: 'The frontmatter of a role profile.' });
