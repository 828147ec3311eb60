import { z } from 'astro/zod';
import { classification, codeProblem, occupationCode } from './classification.ts';
import { date, filledText, metaDescription, type ReferenceTo } from './common.ts';
import { occupationRelations } from './occupation-relations.ts';
import { onetOccupationMappingSchema } from './onet-mapping.ts';
import { outlookFigureSchema } from './outlook.ts';
import { salaryFigureSchema } from './salary.ts';

export { occupationRelations };

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
    system: classification.meta({
      description: 'The classification the code belongs to ("US-SOC-2018").',
    }),
    code: occupationCode.meta({
      description:
        'The code ("15-1252"). A file in content/statistics/ must give figures for it; the role then shows them all.',
    }),
    relation: z
      .enum(occupationRelations, {
        error: `is not a known relation — use one of ${occupationRelations.join(', ')}`,
      })
      .meta({
        description:
          'How the role relates to the occupation: it "is" the occupation, is "counted-under" a broader one (it has no code of its own), or is "part-of" it (one of the jobs the occupation names).',
      }),
    note: filledText.optional().meta({
      description:
        'One plain sentence shown beside every official figure for the code: what the figures count and how the role fits in. Required unless the relation is "is".',
    }),
    figuresNotAdded: z
      .object({
        title: filledText.meta({ description: 'The official title of the occupation ("Web developers").' }),
        url: z.url({ error: 'is not a web address — write the full address starting with https://' }).meta({
          description: 'The official page that describes the occupation: the full address starting with https://.',
        }),
      })
      .optional()
      .meta({
        description:
          'For a code no file in content/statistics/ gives figures for yet: its title and official page. The page then says which official occupation counts the role and that the site has not added its figures yet, instead of "No official statistic counts this role"; the check warns until the figures are added.',
      }),
  })
  .superRefine((mapping, ctx) => {
    const problem = codeProblem(mapping.system, mapping.code);
    if (problem) ctx.addIssue({ code: 'custom', path: ['code'], message: problem });
    if (mapping.relation !== 'is' && mapping.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `is missing — a role "${mapping.relation}" an occupation needs a sentence telling readers what the official figures count`,
      });
    }
  })
  .meta({
    description: 'An official occupation code whose statistics the role shows, and how the role relates to it.',
  });

const nearestOccupationSchema = z
  .object({
    system: classification.meta({ description: 'The classification the code belongs to ("US-SOC-2018").' }),
    code: occupationCode.meta({
      description: 'The code of the nearest occupation that content/statistics/ gives figures for ("15-1252").',
    }),
    note: filledText.meta({
      description: 'One plain sentence on why no official statistic counts the role and how near this occupation is.',
    }),
  })
  .superRefine((nearest, ctx) => {
    const problem = codeProblem(nearest.system, nearest.code);
    if (problem) ctx.addIssue({ code: 'custom', path: ['code'], message: problem });
  })
  .meta({
    description:
      "For a role no official statistic counts: the nearest occupation with figures, which the page links to without showing its figures as the role's.",
  });

const roleSkillsSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .array(
      z
        .object({
          skill: ref('skills').meta({
            description: 'The id of a skill in content/skills.yaml, which says whether it is technical or personal.',
          }),
          detail: filledText.optional().meta({
            description:
              "How this role needs the skill, in the role's own words; the skill's name is shown when it is left out.",
          }),
        })
        .meta({ description: 'A skill the role asks for.' }),
    )
    .prefault([])
    .meta({
      description:
        'Skills the role asks for, each an entry in content/skills.yaml: the page lists technical and personal ones apart, and compare pages work out what two roles share.',
    });

const roleTechnologiesSchema = <R extends z.ZodType<{ id: string }>>(ref: ReferenceTo<R>) =>
  z
    .array(
      z
        .object({
          technology: ref('technologies').meta({
            description: 'The id of a technology in content/technologies.yaml.',
          }),
          usedFor: filledText.optional().meta({
            description: 'What the role uses it for, where the sources say ("Version control").',
          }),
        })
        .meta({ description: 'A technology the role uses.' }),
    )
    .prefault([])
    .meta({
      description:
        'Technologies the role uses, each an entry in content/technologies.yaml: the page groups them by category and links each to its page.',
    });

/** What a role's lists must hold beyond their items' own schemas: each checked in refineRole. */
interface RoleLists {
  skills: readonly unknown[];
  technologies: readonly unknown[];
  nearestOccupation?: unknown;
  occupationCodes: readonly { figuresNotAdded?: unknown }[];
  salaries: readonly { id: string; supersededBy?: string | undefined }[];
  outlook: readonly { id: string; supersededBy?: string | undefined }[];
}

/** Rules across a role's fields: no skill or technology twice, figure ids unique, supersededBy within the list. */
function refineRole(role: RoleLists, ctx: z.RefinementCtx): void {
  for (const [field, key, items] of [
    // The reference type is generic here (Astro's or the checker's); both carry the id.
    ['skills', 'skill', (role.skills as { skill: { id: string } }[]).map((item) => item.skill.id)],
    [
      'technologies',
      'technology',
      (role.technologies as { technology: { id: string } }[]).map((item) => item.technology.id),
    ],
  ] as const) {
    items.forEach((id, index) => {
      if (items.indexOf(id) !== index)
        ctx.addIssue({
          code: 'custom',
          path: [field, index, key],
          message: `"${id}" is listed twice — keep one item, and put everything the role says about it in its ${key === 'skill' ? 'detail' : 'usedFor'}`,
        });
    });
  }
  // A code whose figures the site has not added yet gives none, so a nearest occupation may still stand in.
  if (role.nearestOccupation && role.occupationCodes.some((c) => !c.figuresNotAdded)) {
    ctx.addIssue({
      code: 'custom',
      path: ['nearestOccupation'],
      message:
        'is given although occupationCodes already gives the role official figures — remove nearestOccupation, or the codes',
    });
  }
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
}

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
      skills: roleSkillsSchema(ref),
      technologies: roleTechnologiesSchema(ref),
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
      occupationCodes: z.array(occupationCodeSchema).prefault([]).meta({
        description:
          'Official occupation codes the role maps to: their figures in content/statistics/ appear on the page with their scope.',
      }),
      onetOccupations: z.array(onetOccupationMappingSchema).prefault([]).meta({
        description:
          'O*NET occupations the role maps to: their skills, technologies, routes in and related occupations appear on the page.',
      }),
      nearestOccupation: nearestOccupationSchema.optional(),
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
      related: z.array(ref('roles')).prefault([]).meta({
        description:
          'Roles worth comparing with this one: ids of files in content/roles/. Each of those pages lists this role too, and each pair gets a compare page.',
      }),
      compareWith: z.array(ref('roles')).prefault([]).meta({
        description:
          'Roles to set side by side with this one on a compare page although neither progression nor related links them: ids of files in content/roles/. Linked roles get a compare page without it.',
      }),
      faqs: z.array(faqSchema).prefault([]).meta({ description: 'Questions and answers shown on the page.' }),
      sources: z
        .array(ref('sources'))
        .min(1, { error: 'is empty — cite at least one source id from content/sources/' })
        .meta({
          description:
            "Every source the profile draws on: ids of files in content/sources/. Each figure's source must be in this list.",
        }),
    })
    .superRefine(refineRole)
    .meta({ description: 'The frontmatter of a role profile.' });
