import { siteConfig } from '../../site.config.ts';
import type { SourceEntry } from '../model/entries.ts';
import { isOlderFigure } from './figure-age.ts';

type Ref = { id: string };

/** A figure as written, its source and intermediary still ids. */
interface WrittenFigure {
  source: Ref;
  via?: Ref | undefined;
  supersededBy?: string | undefined;
}

/** The same figure with its source and intermediary resolved and its age marked, as pages show it. */
export type SourcedFigure<F extends WrittenFigure> = Omit<F, 'source' | 'via'> & {
  source: SourceEntry;
  via?: SourceEntry | undefined;
  older: boolean;
};

/** How one list of figures finds its sources; each returns undefined (and reports why) when an id names nothing. */
export interface FigureSourceLookup<F> {
  source(figure: F, index: number): SourceEntry | undefined;
  via(figure: F, index: number): SourceEntry | undefined;
}

/**
 * Salaries and outlook figures, a role's own or official, all go through here: one rule for resolving
 * their sources and for the "older figure" mark. A figure whose source names nothing is left out (the
 * lookup has reported it, and the build stops on the report).
 */
export function withSources<F extends WrittenFigure>(
  figures: readonly F[],
  lookup: FigureSourceLookup<F>,
  yearOf: (figure: F) => number | 'undated',
  now: Date = new Date(),
): SourcedFigure<F>[] {
  return figures.flatMap((figure, i) => {
    const source = lookup.source(figure, i);
    if (!source) return [];
    const via = figure.via && lookup.via(figure, i);
    const older = isOlderFigure(
      { year: yearOf(figure), supersededBy: figure.supersededBy },
      now,
      siteConfig.maxFigureAgeYears,
    );
    return [{ ...figure, source, via, older }];
  });
}
