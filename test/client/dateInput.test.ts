import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput, parseTimeInput } from '../../client/format/dateInput.ts';

describe('date and time fields in each language’s format', () => {
  it('shows the day first, with the language’s separator', () => {
    expect(formatDateInput('ru', '2026-04-03')).toBe('03.04.2026');
    expect(formatDateInput('be', '2026-04-03')).toBe('03.04.2026');
    expect(formatDateInput('en', '2026-04-03')).toBe('03/04/2026');
  });

  it('reads what a traveller types, and ISO dates', () => {
    expect(parseDateInput('3.4.2026')).toBe('2026-04-03');
    expect(parseDateInput('03/04/2026')).toBe('2026-04-03');
    expect(parseDateInput(' 2026-04-03 ')).toBe('2026-04-03');
    expect(parseDateInput('31.02.2026')).toBeUndefined();
    expect(parseDateInput('04/03')).toBeUndefined();
  });

  it('reads 24-hour times', () => {
    expect(parseTimeInput('8:05')).toBe('08:05');
    expect(parseTimeInput('17.30')).toBe('17:30');
    expect(parseTimeInput('0805')).toBe('08:05');
    expect(parseTimeInput('17')).toBe('17:00');
    expect(parseTimeInput('24:00')).toBeUndefined();
    expect(parseTimeInput('5 PM')).toBeUndefined();
  });
});
