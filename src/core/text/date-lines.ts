/**
 * Date lines: a paragraph that is nothing but a publication date ("March 14, 2025", "14 March 2025
 * 16:52", "2025-03-14"). The seed parser drops them from the body; the matcher reads a page's date
 * from them when the page's markup gives none, so they live here, in text/, where both may use them.
 */
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_PATTERN =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?";
const TIME = "(?:[\\s,|·-]+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?";
const DATE_LINE = [
  new RegExp(
    `^(?:published:?\\s*|updated:?\\s*)?${WEEKDAY}${MONTH_PATTERN}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`,
    "i",
  ),
  new RegExp(
    `^(?:published:?\\s*|updated:?\\s*)?${WEEKDAY}(\\d{1,2})\\s+${MONTH_PATTERN},?\\s+(\\d{4})${TIME}$`,
    "i",
  ),
  /^(?:published:?\s*|updated:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:[T\s][\d:.]+Z?)?$/i,
];

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March: a real date survives the round trip.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A line that is nothing but a date ("March 14, 2025", "14 March 2025 16:52", "2025-03-14"). */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  let m = DATE_LINE[0]!.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DATE_LINE[1]!.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = DATE_LINE[2]!.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** The first paragraph near the top of a text that is only a date: a page's publication date. */
export function findDateLine(text: string, paragraphs = 12): string | null {
  const lines = text.split(/\n\s*\n/, paragraphs);
  for (const line of lines) {
    const date = parseDateLine(line);
    if (date) return date;
  }
  return null;
}
