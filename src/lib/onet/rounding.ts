/** How pages round O*NET values (the open-data files keep O*NET's own): shares to whole percents, ratings to 0.1. */
export const onetRounding = { percentDigits: 0, ratingDigits: 1 } as const;
