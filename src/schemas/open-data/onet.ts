import { z } from 'astro/zod';
import { occupationRelations } from '../occupation-relations.ts';
import { onetDistributionScales, relatednessTiers } from '../onet.ts';
import { slugId } from '../common.ts';
import { webAddress } from './common.ts';

// The "onet" part of /data/roles/<id>.json: the O*NET values the role's page draws on, each with its date and
// domain source, and the release they come from. Values O*NET recommends suppressing are left out.

const month = z.string().regex(/^\d{4}-\d{2}$/);
const dated = {
  date: month.meta({ description: 'When O*NET collected the value, YYYY-MM.' }),
  domainSource: z.string().meta({ description: 'Where O*NET took it from ("Incumbent", "Analyst", …).' }),
};

const ratedSchema = z
  .strictObject({
    elementId: z.string().meta({ description: 'The O*NET content-model element ("2.B.3.e").' }),
    name: z.string().meta({ description: "O*NET's name for it." }),
    importance: z.number().meta({ description: 'Importance, on the 1–5 scale (IM), as O*NET gives it.' }),
    level: z
      .number()
      .optional()
      .meta({ description: 'Level, on the 0–7 scale (LV); absent when O*NET recommends suppressing it.' }),
    ...dated,
  })
  .meta({ description: 'A skill or knowledge area, with its importance and level.' });

const distributionSchema = z
  .strictObject({
    scale: z.enum(onetDistributionScales).meta({ description: 'RL education, RW experience, PT/OJ training.' }),
    shares: z
      .array(
        z
          .strictObject({
            category: z.int().meta({ description: "O*NET's category number." }),
            label: z.string().meta({ description: "O*NET's label for it." }),
            percent: z
              .number()
              .optional()
              .meta({ description: 'Share of workers, in percent; absent when O*NET recommends suppressing it.' }),
          })
          .meta({ description: 'One category.' }),
      )
      .meta({ description: 'The categories in order.' }),
    ...dated,
  })
  .meta({ description: 'A distribution of workers by education, experience or training.' });

const occupationSchema = z
  .strictObject({
    code: z.string().meta({ description: 'The O*NET-SOC code ("15-1252.00").' }),
    title: z.string().meta({ description: "O*NET's title." }),
    relation: z.enum(occupationRelations).meta({ description: 'How the role relates to it.' }),
    note: z.string().optional().meta({ description: 'What the data describe and how the role fits in.' }),
    ratingsFrom: z
      .strictObject({
        code: z.string().meta({ description: 'The occupation whose ratings are given.' }),
        title: z.string().meta({ description: 'Its title.' }),
        substitute: z.boolean().meta({
          description: 'True when O*NET does not rate the mapped occupation and this is the nearest rated one.',
        }),
      })
      .optional()
      .meta({ description: 'Whose skills, knowledge and distributions these are; absent when none is rated.' }),
    jobZone: z
      .strictObject({
        zone: z.int().meta({ description: 'The job zone, 1–5.' }),
        name: z.string().meta({ description: "O*NET's name for the zone." }),
        ...dated,
      })
      .optional()
      .meta({ description: 'How much preparation the work needs.' }),
    skills: z.array(ratedSchema).meta({ description: 'The skills shown: the most important first.' }),
    knowledge: z.array(ratedSchema).meta({ description: 'The knowledge areas shown: the most important first.' }),
    routesIn: z.array(distributionSchema).meta({ description: 'Education, experience and training distributions.' }),
    routesSentence: z.string().optional().meta({ description: 'The sentence the page computes from them.' }),
    technologies: z
      .array(
        z
          .strictObject({
            example: z.string().meta({ description: 'The technology, as O*NET names it.' }),
            category: z.string().meta({ description: "O*NET's category (UNSPSC commodity title)." }),
            hot: z.boolean().meta({ description: 'O*NET flags it a Hot Technology.' }),
            inDemand: z.boolean().meta({ description: 'O*NET flags it In Demand for the occupation.' }),
            technology: slugId.optional().meta({ description: "The site's technology entry it is merged with." }),
          })
          .meta({ description: 'A technology O*NET lists for the occupation.' }),
      )
      .meta({ description: 'Technologies O*NET lists, Hot and In-demand first.' }),
    similarOccupations: z
      .array(
        z
          .strictObject({
            code: z.string().meta({ description: 'The related O*NET-SOC code.' }),
            title: z.string().optional().meta({ description: 'Its title, when the site carries it.' }),
            tier: z.enum(relatednessTiers).meta({ description: "O*NET's relatedness tier." }),
            index: z.int().meta({ description: "O*NET's rank (1 is closest)." }),
            roles: z.array(slugId).meta({ description: 'Ids of the roles on the site mapped to it.' }),
          })
          .meta({ description: 'A related occupation.' }),
      )
      .meta({ description: 'Related occupations, closest first.' }),
  })
  .meta({ description: 'One O*NET occupation the role maps to, with the values the page shows.' });

export const onetExportSchema = z
  .strictObject({
    release: z
      .strictObject({
        name: z.string().meta({ description: 'The release ("O*NET 30.2 Database").' }),
        version: z.string().meta({ description: 'Its version ("30.2").' }),
        released: month.meta({ description: 'Its month, YYYY-MM.' }),
        url: webAddress.meta({ description: 'The database page.' }),
        license: z.string().meta({ description: 'The licence the data are used under.' }),
        licenseUrl: webAddress.meta({ description: 'The licence page.' }),
        credit: z.string().meta({ description: 'The credit the licence asks for.' }),
        modified: z.string().meta({ description: 'The notice that the site selected, rounded and merged the data.' }),
      })
      .meta({ description: 'The O*NET release the values come from.' }),
    occupations: z.array(occupationSchema).meta({ description: 'The O*NET occupations the role maps to.' }),
  })
  .meta({ description: 'O*NET data for the role (CC BY 4.0, credited as the release asks).' });

export type OnetExport = z.infer<typeof onetExportSchema>;
