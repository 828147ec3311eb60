/** How a role relates to an official occupation: shared by SOC codes and O*NET codes. */
export const occupationRelations = ['is', 'counted-under', 'part-of'] as const;
