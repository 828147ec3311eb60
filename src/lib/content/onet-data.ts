// The site's loader for O*NET data: content/onet/ through astro:content, in the one room that touches it.
import { getCollection } from 'astro:content';
import { onetData, type OnetData } from '../onet/types.ts';

let cached: Promise<OnetData> | undefined;

/** content/onet/ through the typed collections of src/content.config.ts, read once per build. */
export function loadOnetData(): Promise<OnetData> {
  cached ??= (async () => {
    const data = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);
    const [release] = data(await getCollection('onetRelease'));
    if (!release) throw new Error('content/onet/release.yaml is missing: run "npm run import:onet -- <folder>"');
    return onetData({
      release,
      occupations: data(await getCollection('onetOccupations')),
      elements: data(await getCollection('onetElements')),
      scales: data(await getCollection('onetScales')),
      jobZones: data(await getCollection('onetJobZones')),
      categories: data(await getCollection('onetCategories')),
    });
  })();
  return cached;
}
