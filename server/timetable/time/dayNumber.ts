/** Days since 1970-01-01 of a calendar date 'YYYY-MM-DD' (no time zone: it names a service day). */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`bad date ${date}, expected YYYY-MM-DD`);
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

/** The calendar date 'YYYY-MM-DD' of a DayNumber (days since 1970-01-01); the inverse of dayNumber. */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
