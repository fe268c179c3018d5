import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseDocument } from '../../src/core/metadata.js';

describe('isCalendarDate', () => {
  it('accepts real dates, including leap days', () => {
    expect(isCalendarDate('2025-05-23')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
  it('rejects impossible or malformed dates', () => {
    for (const value of ['2025-13-40', '2023-02-29', '2025-00-10', '2025-5-23', 'yesterday', '']) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });
});

describe('parseDocument', () => {
  it('reads a date header that opens the first line of wire copy and skips it', () => {
    const text = ' date 2025-05-23 MOSCOW, May 23. /TASS/. The alliance met.';
    const document = parseDocument('a.txt', text);
    expect(document.date).toBe('2025-05-23');
    expect(document.dateSource).toBe('header');
    expect(text.slice(document.bodyStart)).toBe('MOSCOW, May 23. /TASS/. The alliance met.');
    expect(document.title).toBeNull();
  });

  it('reads a date header on its own line, with CRLF line endings', () => {
    const text = 'date 2024-01-02\r\nHeadline here\r\n\r\nBody text.';
    const document = parseDocument('a.txt', text);
    expect(document.date).toBe('2024-01-02');
    expect(text.slice(document.bodyStart)).toBe('Headline here\r\n\r\nBody text.');
    expect(document.title).toBe('Headline here');
  });

  it('falls back to the reference date only when there is no header', () => {
    expect(parseDocument('a.txt', 'Body.', '2023-07-16')).toMatchObject({ date: '2023-07-16', dateSource: 'reference', bodyStart: 0 });
    expect(parseDocument('a.txt', 'date 2020-01-01\nBody.', '2023-07-16').date).toBe('2020-01-01');
  });

  it('ignores a header with an impossible date and the word "date" in prose', () => {
    expect(parseDocument('a.txt', 'date 2025-13-40\nBody.').date).toBeNull();
    expect(parseDocument('a.txt', 'Date of the meeting was set.').date).toBeNull();
  });

  it('skips a mistaken date header as metadata, reports it, and never takes it for the title', () => {
    const text = 'date 2025-13-40\nSummit opens in Minsk\n\nLeaders arrived.';
    const document = parseDocument('a.txt', text, '2024-01-01');
    expect(document).toMatchObject({ ignoredDateHeader: '2025-13-40', date: '2024-01-01', dateSource: 'reference', title: 'Summit opens in Minsk' });
    expect(text.slice(document.bodyStart).startsWith('Summit')).toBe(true);
    expect(parseDocument('a.txt', 'date 23/05/2025\nBody.').ignoredDateHeader).toBe('23/05/2025');
    expect(parseDocument('a.txt', 'Date night in Paris\n\nBody.').ignoredDateHeader).toBeUndefined();
    expect(parseDocument('a.txt', 'date 2025-05-23\nBody.').ignoredDateHeader).toBeUndefined();
  });

  it('takes a first short line without final punctuation as the title', () => {
    const document = parseDocument('a.txt', 'ASEAN members show interest, says Lavrov\n\nLavrov spoke on Friday.');
    expect(document.title).toBe('ASEAN members show interest, says Lavrov');
  });

  it('finds no title in a first line that ends a sentence, or in a one-line text', () => {
    expect(parseDocument('a.txt', 'Lavrov spoke on Friday.\n\nMore.').title).toBeNull();
    expect(parseDocument('a.txt', 'Just one line without a stop').title).toBeNull();
  });
});
