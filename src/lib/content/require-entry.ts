import type { OutlookFigure, SalaryFigure } from '../model/figure-types.ts';
import type { Role } from '../model/role-types.ts';
import { ContentReferenceError } from './references.ts';
import { loadSite } from './site-data.ts';

// What MDX components ask for by id (<SalaryFigure role="…" id="…" />): a wrong id stops the build
// with the component and the ids that would work.

/** The role with this id, or a build error naming the component and id that asked for it. */
export async function requireRole(id: string, askedBy: string): Promise<Role> {
  const role = (await loadSite()).roles.get(id);
  if (!role)
    throw new ContentReferenceError([
      `${askedBy}  role="${id}"  no role with that id — use a file name from content/roles/ without .mdx`,
    ]);
  return role;
}

export async function requireSalary(roleId: string, figureId: string, askedBy: string): Promise<SalaryFigure> {
  const role = await requireRole(roleId, askedBy);
  const figure = role.salaries.find((f) => f.id === figureId);
  if (!figure) {
    const known = role.salaries.map((f) => f.id).join(', ') || 'none';
    throw new ContentReferenceError([
      `${askedBy}  id="${figureId}"  ${roleId} has no salary figure with that id — known ids: ${known}`,
    ]);
  }
  return figure;
}

export async function requireOutlook(roleId: string, figureId: string, askedBy: string): Promise<OutlookFigure> {
  const role = await requireRole(roleId, askedBy);
  const figure = role.outlook.find((f) => f.id === figureId);
  if (!figure) {
    const known = role.outlook.map((f) => f.id).join(', ') || 'none';
    throw new ContentReferenceError([
      `${askedBy}  id="${figureId}"  ${roleId} has no outlook figure with that id — known ids: ${known}`,
    ]);
  }
  return figure;
}
