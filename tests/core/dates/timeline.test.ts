import { describe, expect, it } from 'vitest';
import { compareDateValues } from '../../../src/core/dates/timeline.js';

describe('calendar order of TIMEX3 values', () => {
  it('orders quarters, seasons, weeks, halves and fiscal years by when they begin, not by their text', () => {
    const values = ['2024-FA', '2023-11-02', 'FY1998', '2024-SU', '2024-W22', '2023-Q2', '2024-07', '2020-H1', '1998', '2024-06-07', '199'];
    expect([...values].sort(compareDateValues)).toEqual([
      '199', '1998', 'FY1998', '2020-H1', '2023-Q2', '2023-11-02', '2024-W22', '2024-SU', '2024-06-07', '2024-07', '2024-FA',
    ]);
  });

  it('puts a wider period before the first day it contains, and a day before its times', () => {
    expect(['2024-01-01', '2024-01', '2024', '202', '2024-01-01T09:30', '2024-01-01TMO'].sort(compareDateValues)).toEqual([
      '202', '2024', '2024-01', '2024-01-01', '2024-01-01TMO', '2024-01-01T09:30',
    ]);
  });

  it('reads a winter as running into the next year and an ISO week from its Monday', () => {
    expect(compareDateValues('2023-WI', '2024-01-15')).toBeLessThan(0);
    expect(compareDateValues('2023-WI', '2023-11-30')).toBeGreaterThan(0);
    // 2024-W1 starts on Monday 2024-01-01; 2021-W1 on Monday 2021-01-04, after New Year's Day.
    expect(compareDateValues('2024-W1', '2024-01-01')).toBeLessThan(0);
    expect(compareDateValues('2021-W1', '2021-01-02')).toBeGreaterThan(0);
  });

  it('sends values with no place on the calendar to the end, in text order', () => {
    expect(['PRESENT_REF', '2024', 'FUTURE_REF', '1990'].sort(compareDateValues)).toEqual(['1990', '2024', 'FUTURE_REF', 'PRESENT_REF']);
  });
});
