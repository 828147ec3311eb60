import type { MergedTechnology } from '../onet/technologies.ts';
import { onetRounding } from '../onet/rounding.ts';
import type { RatingStep } from './onet-gap.ts';

/** "Network and Computer Systems Administrators" → "network and computer systems administrators" (acronyms kept). */
export const occupationName = (title: string) => title.replace(/\b[A-Z][a-z]+/g, (word) => word.toLowerCase());

const rating = (value: number) => value.toFixed(onetRounding.ratingDigits);

/** "Programming: importance 4.0 for software developers, 2.9 for network and computer systems administrators" */
export const ratingLine = (step: RatingStep, toTitle: string, fromTitle: string) =>
  `${step.name}: importance ${rating(step.to)} for ${occupationName(toTitle)}, ${rating(step.from)} for ${occupationName(fromTitle)}`;

/** "Hot, in demand", "Hot", "in demand" or "" for a technology O*NET does not flag. */
export const technologyFlags = (t: Pick<MergedTechnology, 'hot' | 'inDemand'>) =>
  [t.hot && 'Hot', t.inDemand && (t.hot ? 'in demand' : 'In demand')].filter(Boolean).join(', ');
