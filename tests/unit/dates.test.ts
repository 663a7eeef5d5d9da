import { calendarDay, contentDateMillis, formatContentDate, isoDateTime, isValidContentDate } from '@/lib/editorial/dates';

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

  it('a wall-clock time the spring-forward skips (Mar 9, 2025, 2:00 CST → 3:00 CDT)', () => {
    const tz = 'America/Chicago';
    // Ordered as 1:30 CST; printed with the standard-time offset the day began with.
    expect(contentDateMillis('2025-03-09T02:30:00', tz)).toBe(Date.parse('2025-03-09T07:30:00Z'));
    expect(contentDateMillis('2025-03-09T02:30', tz)).toBe(Date.parse('2025-03-09T07:30:00Z'));
    expect(isoDateTime('2025-03-09T02:30', tz)).toBe('2025-03-09T02:30:00-06:00');
    expect(formatContentDate('2025-03-09T02:30:00', tz)).toBe('March 9, 2025');
    expect(calendarDay('2025-03-09T02:30:00', tz)).toBe('2025-03-09');
    expect(contentDateMillis('2025-03-09T01:59:59', tz)).toBe(Date.parse('2025-03-09T07:59:59Z'));
    expect(isoDateTime('2025-03-09T03:00:00', tz)).toBe('2025-03-09T03:00:00-05:00');
    expect(isoDateTime('2025-03-09', tz)).toBe('2025-03-09T00:00:00-06:00');
  });

  it('a wall-clock time the fall-back repeats (Nov 2, 2025, 2:00 CDT → 1:00 CST) is its first, daylight-time, occurrence', () => {
    const tz = 'America/Chicago';
    expect(contentDateMillis('2025-11-02T01:30:00', tz)).toBe(Date.parse('2025-11-02T06:30:00Z'));
    expect(isoDateTime('2025-11-02T01:30:00', tz)).toBe('2025-11-02T01:30:00-05:00');
    expect(contentDateMillis('2025-11-02T02:00:00', tz)).toBe(Date.parse('2025-11-02T08:00:00Z'));
    expect(isoDateTime('2025-11-02T02:00:00', tz)).toBe('2025-11-02T02:00:00-06:00');
    expect(isoDateTime('2025-11-02', tz)).toBe('2025-11-02T00:00:00-05:00');
  });

  it('keeps the minutes of a zone 5:45 ahead of UTC (Asia/Kathmandu)', () => {
    const tz = 'Asia/Kathmandu';
    expect(contentDateMillis('2025-09-03', tz)).toBe(Date.parse('2025-09-02T18:15:00Z'));
    expect(isoDateTime('2025-09-03', tz)).toBe('2025-09-03T00:00:00+05:45');
    expect(isoDateTime('2025-09-03T10:15:30.123', tz)).toBe('2025-09-03T10:15:30+05:45');
    // 23:50 UTC is already 05:35 on Sept 4 in Kathmandu.
    expect(formatContentDate('2025-09-03T23:50:00Z', tz)).toBe('September 4, 2025');
    expect(calendarDay('2025-09-03T23:50:00Z', tz)).toBe('2025-09-04');
    expect(isoDateTime('2025-09-03T23:50:00Z', tz)).toBe('2025-09-03T23:50:00+00:00');
  });

  it('keeps the sign of an offset less than an hour west of UTC (Monrovia until 1972, UTC−0:44:30)', () => {
    const tz = 'Africa/Monrovia';
    expect(contentDateMillis('1960-01-01', tz)).toBe(Date.parse('1960-01-01T00:44:30Z'));
    expect(isoDateTime('1960-01-01T12:00:00', tz)).toBe('1960-01-01T12:00:00-00:44');
    expect(calendarDay('1960-01-01T00:20:00Z', tz)).toBe('1959-12-31');
  });

  it('refuses an unknown time zone where one is needed', () => {
    expect(() => contentDateMillis('2025-09-03', 'Not/AZone')).toThrow(RangeError);
    expect(() => isoDateTime('2025-09-03', 'Not/AZone')).toThrow(RangeError);
    expect(() => calendarDay('2025-09-03T09:00:00Z', 'Not/AZone')).toThrow(RangeError);
  });
});
