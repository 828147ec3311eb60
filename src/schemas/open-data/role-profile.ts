import { z } from 'astro/zod';
import { classificationIds } from '../classification.ts';
import { slugId } from '../common.ts';
import { educationRouteKinds, occupationRelations } from '../role.ts';
import { isoDay, licenceSchema, pageLinkSchema, roleLinkSchema, sourceRefSchema, webAddress } from './common.ts';
import { outlookExportSchema, salaryExportSchema } from './figures.ts';
import { onetExportSchema } from './onet.ts';
import { skillExportSchema, technologyExportSchema } from './technologies.ts';

// /data/roles/<id>.json: a role profile with every reference resolved, as its page shows it.

const texts = (description: string) => z.array(z.string()).meta({ description });

const occupationSchema = z
  .strictObject({
    system: z.enum(classificationIds).meta({ description: 'The classification ("US-SOC-2018").' }),
    code: z.string().meta({ description: 'The occupation code ("15-1252").' }),
    relation: z.enum(occupationRelations).meta({
      description:
        'How the role relates to the occupation: it "is" the occupation, is "counted-under" a broader one, or is "part-of" it.',
    }),
    note: z.string().optional().meta({ description: 'What the official figures count and how the role fits in.' }),
    title: z.string().meta({ description: 'The official title of the code.' }),
    profileTitle: z.string().meta({ description: 'The title of the official profile that publishes its figures.' }),
    url: webAddress.meta({ description: 'The official page for the code.' }),
  })
  .meta({ description: 'An official occupation code the role maps to.' });

const officialEntrySchema = z
  .strictObject({
    occupationTitle: z.string().meta({ description: 'The occupation the requirements are given for.' }),
    relation: z.enum(occupationRelations).meta({ description: 'How the role relates to that occupation.' }),
    education: z
      .string()
      .optional()
      .meta({ description: "Typical entry-level education, in the publication's words." }),
    experience: z.string().optional().meta({ description: 'Work experience in a related occupation.' }),
    training: z.string().optional().meta({ description: 'Typical on-the-job training.' }),
    note: z.string().optional().meta({ description: 'How the role fits the occupation.' }),
    url: webAddress.meta({ description: 'The official page the requirements are read from.' }),
    source: sourceRefSchema,
  })
  .meta({ description: 'What the newest official edition says it takes to enter an occupation the role maps to.' });

export const roleProfileSchema = z
  .strictObject({
    $schema: webAddress.meta({ description: 'The JSON Schema this file follows.' }),
    id: slugId.meta({ description: "The role's id: its page is /roles/<id>/." }),
    url: webAddress.meta({ description: 'The role page.' }),
    title: z.string().meta({ description: 'The job title.' }),
    aliases: texts('Other titles people search for.'),
    summary: z.string().meta({ description: "One sentence on the role: the page's lede and description." }),
    family: z
      .strictObject({
        id: slugId.meta({ description: "The family's id." }),
        name: z.string().meta({ description: "The family's name." }),
      })
      .meta({ description: 'The group of roles it is listed under.' }),
    lastReviewed: isoDay.meta({ description: 'When an editor last checked the whole profile against its sources.' }),
    changes: z.array(isoDay).meta({
      description:
        "The days the profile's file changed, newest first, from the site's repository (empty when the build had no history).",
    }),
    brief: z.boolean().meta({
      description: 'True for a brief profile: no figure, and few sections its sources cover. The page says so.',
    }),
    duties: texts('What the role does, one responsibility per item.'),
    problems: texts('The problems the role is hired to solve.'),
    skills: z.array(skillExportSchema).meta({ description: 'Skills the role needs: technical, then personal.' }),
    technologies: z.array(technologyExportSchema).meta({ description: 'Technologies the role uses, in page order.' }),
    education: z
      .strictObject({
        typical: z
          .string()
          .optional()
          .meta({ description: 'The usual entry qualification, when a source states one.' }),
        routes: z
          .array(
            z
              .strictObject({
                kind: z.enum(educationRouteKinds).meta({ description: 'The kind of route.' }),
                description: z.string().meta({ description: 'What the route involves.' }),
              })
              .meta({ description: 'A way into the role.' }),
          )
          .meta({ description: 'The ways into the role.' }),
        certifications: texts('Certifications the sources name.'),
        official: z.array(officialEntrySchema).meta({ description: 'Entry requirements from official statistics.' }),
      })
      .meta({ description: 'How people get into the role.' }),
    workEnvironment: z
      .strictObject({
        setting: z.string().optional().meta({ description: 'Where the work happens, when a source says.' }),
        remote: z.string().optional().meta({ description: 'How common remote work is, when a source says.' }),
        hours: z.string().optional().meta({ description: 'Usual hours and on-call duty, when a source says.' }),
        equipment: texts('Equipment the work needs.'),
        colleagues: texts('The people the role works with.'),
      })
      .meta({ description: 'Where and how the work happens.' }),
    occupations: z.array(occupationSchema).meta({
      description: 'Official occupation codes the role maps to; their figures appear in salaries and outlook.',
    }),
    nearestOccupation: occupationSchema.omit({ relation: true }).optional().meta({
      description:
        "For a role no official statistic counts: the nearest occupation with figures. Its figures are not shown as the role's.",
    }),
    salaries: z.array(salaryExportSchema).meta({
      description:
        'Every pay figure of the salary table, in table order: official figures first, newest edition first.',
    }),
    outlook: z
      .array(outlookExportSchema)
      .meta({ description: 'Every figure of the job-outlook table, in table order.' }),
    progression: z
      .strictObject({
        leadsTo: z.array(roleLinkSchema).meta({ description: 'Roles people move on to.' }),
        comesFrom: z.array(roleLinkSchema).meta({ description: 'Roles people come from.' }),
      })
      .meta({ description: 'Career progression, both ways.' }),
    related: z.array(roleLinkSchema).meta({ description: 'Roles worth comparing with this one.' }),
    guides: z.array(pageLinkSchema).meta({ description: 'Guides about the role.' }),
    faqs: z
      .array(
        z
          .strictObject({
            question: z.string().meta({ description: 'The question.' }),
            answer: z.string().meta({ description: 'The answer, with figures written out as the page shows them.' }),
          })
          .meta({ description: 'A question and its answer.' }),
      )
      .meta({ description: 'Questions and answers.' }),
    sources: z.array(sourceRefSchema).meta({ description: "The page's sources list, in order." }),
    citation: z
      .strictObject({
        text: z.string().meta({ description: 'A plain-text citation of the page; add the day you read it.' }),
        bibtex: z.string().meta({ description: 'The same citation as a BibTeX entry.' }),
      })
      .meta({ description: 'How to cite the page.' }),
    licence: licenceSchema,
    onet: onetExportSchema.optional(),
  })
  .meta({
    title: 'Role profile',
    description: "One role profile of the site, every reference resolved, with each figure's source and edition.",
  });

export type RoleProfile = z.infer<typeof roleProfileSchema>;
