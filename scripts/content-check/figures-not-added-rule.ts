import { classifications } from '../../src/schemas/classification.ts';
import { occupationsWithCode } from '../../src/lib/figures/official-figures.ts';
import { editionsOf } from './official.ts';
import type { Problem } from './problems.ts';
import { validOf, type ParsedContent } from './parsed.ts';

/**
 * A role mapped to an official occupation whose figures the site has not added says so on its page (issue 21), and
 * the check keeps it on the to-do list: a warning until the figures are in content/statistics/, an error once they
 * are and the mapping still says they are not.
 */
export function checkFiguresNotAdded(parsed: readonly ParsedContent[]): Problem[] {
  const editions = editionsOf(parsed);
  return validOf(parsed, 'roles').flatMap(({ file, data }) => {
    return data.occupationCodes.flatMap((mapping, index): Problem[] => {
      if (!mapping.figuresNotAdded) return [];
      const code = `${classifications[mapping.system].shortName} ${mapping.code}`;
      const where = { file: file.path, line: file.lineOf(['occupationCodes', index, 'figuresNotAdded']) };
      const field = `occupationCodes[${index}].figuresNotAdded`;
      const held = occupationsWithCode(editions, mapping.system, mapping.code)[0];
      if (held)
        return [
          {
            ...where,
            field,
            message: `says the site has no figures for ${code}, but content/statistics/${held.edition.id}.yaml gives them`,
            fix: 'remove figuresNotAdded: the page then shows those figures',
            severity: 'error',
          },
        ];
      return [
        {
          ...where,
          field,
          message: `the page tells readers the site has not added the official figures for ${mapping.figuresNotAdded.title.toLowerCase()} (${code}) yet`,
          fix: "add the occupation's figures to an edition in content/statistics/ (read on the publisher's page, cited by URL and edition), then remove figuresNotAdded",
          severity: 'warning',
        },
      ];
    });
  });
}
