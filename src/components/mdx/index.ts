// The components editors may use in MDX without importing them.
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import CompareRoles from './CompareRoles.astro';
import GuideLink from './GuideLink.astro';
import OutlookFigure from './OutlookFigure.astro';
import RoleCard from './RoleCard.astro';
import RoleLink from './RoleLink.astro';
import SalaryChart from './SalaryChart.astro';
import SalaryFigure from './SalaryFigure.astro';
import SalaryTable from './SalaryTable.astro';

export const mdxComponents = {
  Callout,
  Cite,
  CompareRoles,
  GuideLink,
  OutlookFigure,
  RoleCard,
  RoleLink,
  SalaryChart,
  SalaryFigure,
  SalaryTable,
};
