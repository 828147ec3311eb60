import { sitePath } from './urls.ts';

export interface Crumb {
  label: string;
  href: string;
}

/** The trail from the home page to a page: shown on the page and emitted as BreadcrumbList. */
export function trailTo(...steps: Crumb[]): Crumb[] {
  return [{ label: 'Home', href: sitePath() }, ...steps];
}
