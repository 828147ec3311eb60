import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  onetCategorySchema,
  onetElementSchema,
  onetJobZoneSchema,
  onetOccupationSchema,
  onetReleaseSchema,
  onetScaleSchema,
} from '../../schemas/onet.ts';
import { onetData, type OnetData } from './types.ts';

/**
 * content/onet/ read straight from disk, for scripts and tests (the site reads it through
 * astro:content in src/lib/content/onet-data.ts). The schemas are the same, so both see the same values.
 */
export function readOnetData(contentDir = 'content'): OnetData {
  const dir = join(contentDir, 'onet');
  const yaml = (file: string): unknown => parse(readFileSync(join(dir, file), 'utf8'));
  const list = <T>(file: string, schema: z.ZodType<T>) => z.array(schema).parse(yaml(`reference/${file}`));
  return onetData({
    release: onetReleaseSchema.parse(yaml('release.yaml')),
    occupations: readdirSync(join(dir, 'occupations'))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => onetOccupationSchema.parse(yaml(`occupations/${name}`))),
    elements: list('elements.yaml', onetElementSchema),
    scales: list('scales.yaml', onetScaleSchema),
    jobZones: list('job-zones.yaml', onetJobZoneSchema),
    categories: list('education-categories.yaml', onetCategorySchema),
  });
}
