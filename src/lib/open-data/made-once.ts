import type { FigureRow } from '../../schemas/open-data/figure-row.ts';
import type { RoleProfile } from '../../schemas/open-data/role-profile.ts';

/** What the role page and /data/ show of a role's data files, kept for every role because it is small. */
export interface RoleDataSummary {
  title: string;
  /** How to cite the role's page, as its JSON says. */
  citation: RoleProfile['citation'];
  /** How many rows its CSV of figures (and figures.csv) has. */
  rows: number;
  hasPayOrOutlook: boolean;
}

type Profile = Pick<RoleProfile, 'id' | 'title' | 'citation' | 'salaries' | 'outlook'>;
type Row = Pick<FigureRow, 'figure'>;

/**
 * A role's profile and rows, made as few times as memory allows. Keeping every role's profile and rows until
 * the end of the build was most of its memory (640 MB at 1,000 roles), yet each role's were made seven and five
 * times (issue 19: 8 s of a warm 1,000-role build). So:
 * - the last profile made is kept: the route of a role's two CSV files asks for it twice in a row;
 * - when a role's rows are first made, its summary is kept, and the distinct figure ids are added to one set:
 *   the role page's download links and /data/ need no more than that.
 */
export function madeOnce<P extends Profile, R extends Row>(
  makeProfile: (id: string) => P,
  makeRows: (profile: P) => R[],
): {
  profile(id: string): P;
  rows(profile: P): R[];
  summary(id: string): RoleDataSummary;
  /** The distinct figure ids among the rows made so far: every role's, once each role is summarized. */
  figureIds: ReadonlySet<string>;
} {
  let last: P | undefined;
  const summaries = new Map<string, RoleDataSummary>();
  const figureIds = new Set<string>();
  const profile = (id: string) => {
    if (last?.id !== id) last = makeProfile(id);
    return last;
  };
  const rows = (made: P) => {
    const result = makeRows(made);
    if (!summaries.has(made.id)) {
      summaries.set(made.id, {
        title: made.title,
        citation: made.citation,
        rows: result.length,
        hasPayOrOutlook: made.salaries.length + made.outlook.length > 0,
      });
      for (const row of result) figureIds.add(row.figure);
    }
    return result;
  };
  const summary = (id: string) => {
    if (!summaries.has(id)) rows(profile(id));
    return summaries.get(id)!;
  };
  return { profile, rows, summary, figureIds };
}
