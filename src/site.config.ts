/** Site-wide settings that are not content. */
export const siteConfig = {
  name: 'Career Atlas',
  tagline: 'Sourced, dated career profiles for software roles',
  /** The home page's meta description, also the WebSite description and the default preview card's text. */
  description:
    'Career profiles for software roles with every pay figure sourced and dated: duties, skills, routes in, salaries and career paths.',
  /** Figures older than this many years get an "older figure" mark and an editor warning. */
  maxFigureAgeYears: 3,
  /** Where "Edit this page" links point: the repository and branch on GitHub. */
  repositoryUrl: process.env.REPOSITORY_URL ?? 'https://github.com/career-atlas/career-atlas',
  repositoryBranch: process.env.REPOSITORY_BRANCH ?? 'main',
  /** The licence of the site's own text and data (the footer, /data/ and every data file say it). */
  licence: {
    name: 'Creative Commons Attribution 4.0 International',
    shortName: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  /**
   * Publishers, named as content/ names them, whose works carry no copyright, and why. Every other
   * source stays its publisher's copyright: the site carries facts from it with a citation, never its text.
   */
  publicDomainPublishers: {
    'U.S. Bureau of Labor Statistics': 'works of the U.S. federal government are in the public domain',
  } as Record<string, string>,
} as const;
