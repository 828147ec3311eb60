// The site's loader for O*NET data. It is the only file of src/lib/onet/ that touches astro:content, and it
// moves to src/lib/content/ (the content-loading room, issue 20) when the branches merge.
import { getCollection } from 'astro:content';
import { onetData, type OnetData } from './types.ts';

let cached: Promise<OnetData> | undefined;

/** content/onet/ through the typed collections of src/content.config.ts, read once per build. */
export function loadOnetData(): Promise<OnetData> {
  cached ??= (async () => {
    const data = async <C extends Parameters<typeof getCollection>[0]>(collection: C) =>
      (await getCollection(collection)).map((entry) => entry.data);
    const [release] = await data('onetRelease');
    if (!release) throw new Error('content/onet/release.yaml is missing: run "npm run import:onet -- <folder>"');
    return onetData({
      release,
      occupations: await data('onetOccupations'),
      elements: await data('onetElements'),
      scales: await data('onetScales'),
      jobZones: await data('onetJobZones'),
      categories: await data('onetCategories'),
    });
  })();
  return cached;
}
