/**
 * Whether a string is an ISO calendar date (`YYYY-MM-DD`) that exists: `2024-02-29` is one,
 * `2025-02-30`, `2025-13-01` and `2025-2-3` are not. With `allowTime`, a date-time that starts
 * with such a date (`2024-07-06T10:00:00Z`) passes too. The one rule behind the API's `Date`
 * scalar, the articles' `publishedAt` and `--published-at`.
 */
export function isCalendarDate(value: string, options: { allowTime?: boolean } = {}): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(.*)$/s.exec(value);
  if (!match) return false;
  const [, year, month, day, rest] = match;
  if (rest !== "" && !(options.allowTime && /^T\d{2}:\d{2}/.test(rest!))) return false;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls an impossible day over into the next month; a real date survives the round trip.
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}
