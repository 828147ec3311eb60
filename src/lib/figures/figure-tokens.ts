import { formatOutlookValue, formatSalary } from './figure-format.ts';
import { headlineSalary } from './headline.ts';
import type { OutlookFigure, SalaryFigure } from '../model/figure-types.ts';

/**
 * Text fields such as FAQ answers cannot hold components, so they name a figure as
 * {{salary:<id>}} or {{outlook:<id>}} and the number is filled in from the typed data:
 * the figure is still written once.
 */
export const figureTokenPattern = /\{\{\s*(salary|outlook):([a-z0-9-]+)\s*\}\}/g;

/** `{{salary:headline}}`: the role's headline pay (src/lib/figures/headline.ts), whichever figure that is. */
export const headlineToken = 'headline';

export interface FigureSets {
  salaries: SalaryFigure[];
  outlook: OutlookFigure[];
}

/** The text with every token replaced, and the tokens that named no figure. */
export function expandFigureTokens(text: string, figures: FigureSets): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const expanded = text.replace(figureTokenPattern, (token, kind: string, id: string) => {
    if (kind === 'salary') {
      const figure = id === headlineToken ? headlineSalary(figures) : figures.salaries.find((f) => f.id === id);
      if (figure) return formatSalary(figure);
    } else {
      const figure = figures.outlook.find((f) => f.id === id);
      if (figure) return formatOutlookValue(figure);
    }
    unknown.push(token);
    return token;
  });
  return { text: expanded, unknown };
}
