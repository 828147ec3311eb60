import { z } from 'astro/zod';
import { classificationIds } from '../classification.ts';
import { currencyCode, regionCode, slugId } from '../common.ts';
import { occupationRelations } from '../role.ts';
import { sourceKinds } from '../source.ts';

// The building blocks of the files under /data/. Every field's description lives in .meta(): the
// served JSON Schemas and the field tables on the /data/ page are generated from them. Objects are
// strict, so a field the export code adds without describing it here fails the build.

export const isoDay = z.iso.date();
export const webAddress = z.url();
export const year = z.union([z.int().min(1990).max(2100), z.literal('undated')]);
export const region = regionCode.meta({
  description: 'Where the figure applies: an ISO 3166 code ("US", "FR", or "US-OK" for a state).',
});
export const currency = currencyCode.meta({ description: 'The ISO 4217 currency of the amounts ("USD", "EUR").' });

export const reuseTerms = ['public-domain', 'cite-and-check-terms'] as const;

export const licenceSchema = z
  .strictObject({
    name: z.string().meta({ description: 'The licence\'s name ("Creative Commons Attribution 4.0 International").' }),
    url: webAddress.meta({ description: 'Where the licence text is.' }),
  })
  .meta({ description: "The licence of the site's own text and data. Sources keep their own terms." });

export const sourceRefSchema = z
  .strictObject({
    id: slugId.meta({ description: 'The source\'s id on the site ("bls-ooh-2023", "spherion").' }),
    publisher: z.string().meta({ description: 'Who published it.' }),
    title: z.string().meta({
      description: 'Its title; for official statistics, the edition and the occupation page the figure is read from.',
    }),
    url: webAddress.optional().meta({ description: 'Where it can be read, when it is public.' }),
    dataYear: year.meta({
      description: 'The year its figures refer to, or "undated" when the publication does not say.',
    }),
    kind: z.enum(sourceKinds).meta({ description: 'What kind of publication it is.' }),
    note: z.string().optional().meta({ description: 'What it counts and its limits.' }),
    reuse: z.enum(reuseTerms).meta({
      description:
        '"public-domain": the publication carries no copyright (U.S. federal government works). "cite-and-check-terms": its publisher holds the copyright; the site carries facts from it with a citation, never its text, so cite it and check its terms before reusing more than the facts.',
    }),
  })
  .meta({ description: 'A publication the site cites.' });

export const officialProvenanceSchema = z
  .strictObject({
    edition: slugId.meta({ description: 'The id of the edition of official statistics ("bls-ooh-2023").' }),
    editionLabel: z.string().meta({ description: 'The publication\'s name for the edition ("2023–33").' }),
    dataset: z.string().meta({ description: 'The publication ("Occupational Outlook Handbook").' }),
    occupation: slugId.meta({ description: "The occupation's id within the edition." }),
    occupationTitle: z.string().meta({ description: 'The official title of what the figure counts.' }),
    classification: z.enum(classificationIds).meta({ description: 'The classification of the codes.' }),
    codes: z.array(z.string()).meta({ description: 'The occupation codes the figure counts.' }),
    url: webAddress.meta({ description: 'The official page the figure is read from.' }),
    relation: z.enum(occupationRelations).meta({
      description:
        'How this role relates to the occupation: it "is" the occupation, is "counted-under" a broader one, or is "part-of" it.',
    }),
    statistic: z.string().meta({
      description:
        'Which statistic of the edition: "median-annual", "median-hourly", "median-annual:<code>" (one occupation of a combined profile), "growth", "change", "openings" or "jobs".',
    }),
  })
  .meta({ description: 'For a figure from official statistics: the edition, occupation and codes it comes from.' });

export const pageLinkSchema = z
  .strictObject({
    id: slugId.meta({ description: 'The id of the page.' }),
    title: z.string().meta({ description: 'Its title.' }),
    url: webAddress.meta({ description: 'Its address on the site.' }),
  })
  .meta({ description: 'A link to another page of the site.' });

export const roleLinkSchema = pageLinkSchema
  .extend({ data: webAddress.meta({ description: "The address of that role's profile data (JSON)." }) })
  .meta({ description: 'A link to another role profile and its data.' });
