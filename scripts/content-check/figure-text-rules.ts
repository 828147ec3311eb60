import { figureTokenPattern, headlineToken } from '../../src/lib/figures/figure-tokens.ts';
import type { RoleOfficial } from '../../src/lib/figures/role-official.ts';
import { missingOfficialFigure, officialByRole } from './official.ts';
import { validOf, type ParsedContent } from './parsed.ts';
import type { Problem } from './problems.ts';

// An amount typed into text ("$130,160", "€35,000", "68.27 dollars") instead of taken from a figure.
const typedAmount = /[$€£]\s?\d[\d,.]*\d|[$€£]\s?\d|\d[\d,.]*\s?(?:€|dollars|euros|pounds)\b|\b\d{1,3}(?:,\d{3})+\b/;

/**
 * FAQ text cannot hold components, so it names figures as {{salary:id}} / {{outlook:id}}:
 * every token must name a figure of the role, and no amount may be typed in by hand.
 */
export function checkFigureText(
  parsed: readonly ParsedContent[],
  official: Map<string, RoleOfficial> = officialByRole(parsed),
): Problem[] {
  const problems: Problem[] = [];
  const explained = missingOfficialFigure(parsed);
  for (const { file, data } of validOf(parsed, 'roles')) {
    const derived = official.get(file.id)?.figures ?? { salaries: [], outlook: [] };
    const ids = {
      salary: new Set([...derived.salaries, ...data.salaries].map((f) => f.id)),
      outlook: new Set([...derived.outlook, ...data.outlook].map((f) => f.id)),
    };
    data.faqs.forEach((faq, index) => {
      for (const key of ['question', 'answer'] as const) {
        const path = ['faqs', index, key];
        const field = `faqs[${index}].${key}`;
        const text = faq[key];
        for (const [token, kind, id] of text.matchAll(figureTokenPattern)) {
          const known = kind === 'salary' ? ids.salary : ids.outlook;
          const headline = kind === 'salary' && id === headlineToken && known.size > 0; // the role's headline pay
          if (!known.has(id!) && !headline && !explained(file.id, id!)) {
            problems.push({
              file: file.path,
              line: file.lineOf(path),
              field,
              message: `${token} names no ${kind} figure of this role`,
              fix: `use one of ${[...known].join(', ') || `(none: map the role to an occupation code with official figures, or add the figure to ${kind === 'salary' ? 'salaries' : 'outlook'} first)`}`,
              severity: 'error',
            });
          }
        }
        const typed = typedAmount.exec(text.replace(figureTokenPattern, ''));
        if (typed) {
          problems.push({
            file: file.path,
            line: file.lineOf(path),
            field,
            message: `types the amount "${typed[0]}" by hand`,
            fix: 'add it as a figure in salaries or outlook (with its source and year) and write {{salary:<id>}} or {{outlook:<id>}} here',
            severity: 'error',
          });
        }
      }
    });
  }
  return problems;
}
