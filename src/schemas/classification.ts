import { z } from 'astro/zod';

/**
 * The occupation classifications the site understands, each with the shape of its codes. Statistics
 * files and roles name a classification by its id; a new classification is one more entry here, with
 * no change to any schema.
 */
export const classifications = {
  'US-SOC-2018': {
    name: '2018 Standard Occupational Classification (SOC)',
    shortName: 'U.S. SOC 2018',
    url: 'https://www.bls.gov/soc/2018/',
    codePattern: /^\d{2}-\d{4}$/,
    example: '15-1252',
  },
  'UK-SOC-2020': {
    name: 'UK Standard Occupational Classification 2020',
    shortName: 'UK SOC 2020',
    codePattern: /^\d{4}$/,
    example: '2134',
  },
  'ISCO-08': {
    name: 'International Standard Classification of Occupations 2008',
    shortName: 'ISCO-08',
    codePattern: /^\d{4}$/,
    example: '2512',
  },
} as const;

export type ClassificationId = keyof typeof classifications;
export const classificationIds = Object.keys(classifications) as [ClassificationId, ...ClassificationId[]];

export const classification = z.enum(classificationIds, {
  error: `is not a known classification — use one of ${classificationIds.join(', ')}`,
});

/** "" when `code` has the shape of a code in `system`, otherwise what is wrong and how to write it. */
export function codeProblem(system: ClassificationId, code: unknown): string {
  const { codePattern, example, shortName } = classifications[system];
  if (typeof code === 'string' && codePattern.test(code)) return '';
  return `"${String(code)}" is not a ${shortName} code — write it like "${example}"`;
}

/** An occupation code, as text; its shape is checked against the classification it belongs to. */
export const occupationCode = z.string({ error: 'is not a code — write it in quotes, like "15-1252"' });
