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
} as const;
