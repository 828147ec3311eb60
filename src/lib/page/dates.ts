// Dates as pages print them ("November 23, 2026") and as machines read them (2026-11-23), always in UTC
// so a build in another time zone writes the same pages. The formatter is made once per build.
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
