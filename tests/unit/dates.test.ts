import { contentDateMillis, formatContentDate, isValidContentDate } from '@/lib/editorial/dates';

describe('content dates', () => {
  it('shows the seed date-time as the clinic reads it', () => {
    expect(formatContentDate('2025-09-03T09:00:00-05:00', 'America/Chicago')).toBe('September 3, 2025');
  });

  it('never shifts a date without a time, whatever the time zone', () => {
    for (const tz of ['America/Chicago', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC']) {
      expect(formatContentDate('2025-09-03', tz)).toBe('September 3, 2025');
    }
  });

  it('shows an instant on the calendar day of the clinic time zone', () => {
    // 03:00 UTC on Sept 4 is still Sept 3 in San Antonio.
    expect(formatContentDate('2025-09-04T03:00:00Z', 'America/Chicago')).toBe('September 3, 2025');
    expect(formatContentDate('2025-09-04T03:00:00Z', 'Europe/Berlin')).toBe('September 4, 2025');
  });

  it.each(['2025-02-30', '2025-13-01', 'September 3, 2025', '2025-09-03T25:00:00Z', '', 'not a date', '2025-9-3'])(
    'refuses %j',
    (value) => {
      expect(isValidContentDate(value)).toBe(false);
      expect(formatContentDate(value, 'America/Chicago')).toBeUndefined();
    },
  );

  it('accepts Sanity datetimes with milliseconds', () => {
    expect(isValidContentDate('2025-09-03T14:00:00.000Z')).toBe(true);
  });

  it('orders dates on the clock readers see: calendar dates and wall-clock times in the clinic zone', () => {
    const tz = 'America/Chicago';
    expect(contentDateMillis('2025-09-03', tz)).toBe(Date.parse('2025-09-03T05:00:00Z'));
    expect(contentDateMillis('2025-09-02T23:30:00', tz)).toBe(Date.parse('2025-09-03T04:30:00Z'));
    expect(contentDateMillis('2025-09-03T09:00:00-05:00', tz)).toBe(Date.parse('2025-09-03T14:00:00Z'));
    // Across the daylight-saving change (Nov 2, 2025, 2:00 CDT → 1:00 CST).
    expect(contentDateMillis('2025-11-02T12:00:00', tz)).toBe(Date.parse('2025-11-02T18:00:00Z'));
    expect(contentDateMillis('2025-03-10', tz)).toBe(Date.parse('2025-03-10T05:00:00Z'));
    // "September 2" (late evening) sorts before "September 3", whatever the storage format.
    const shown = ['2025-09-03', '2025-09-02T20:00:00-05:00', '2025-09-02T23:30:00'];
    const newestFirst = [...shown].sort((a, b) => contentDateMillis(b, tz) - contentDateMillis(a, tz));
    expect(newestFirst.map((v) => formatContentDate(v, tz))).toEqual(['September 3, 2025', 'September 2, 2025', 'September 2, 2025']);
  });
});
