import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

describe('translations.txt', () => {
  it('stores record_id rows and field_value rows under table -> field -> key -> language', async () => {
    const { timetable, report } = await loadMinimal({
      'translations.txt': csv(
        'table_name,field_name,language,translation,record_id,record_sub_id,field_value',
        'stops,stop_name,en,First,S1,,',
        'stops,stop_name,ru,Первая,S1,,',
        'stops,stop_name,de,Zwei,,,Two',
        'stop_times,stop_headsign,en,Three,T1,2,',
      ),
    });
    expect(report.errors).toEqual([]);
    const tr = timetable!.translations;
    expect(tr.get('stops')?.get('stop_name')?.get('S1')).toEqual(
      new Map([
        ['en', 'First'],
        ['ru', 'Первая'],
      ]),
    );
    expect(tr.get('stops')?.get('stop_name')?.get('Two')?.get('de')).toBe('Zwei');
    expect(tr.get('stop_times')?.get('stop_headsign')?.get('T1/2')?.get('en')).toBe('Three');
  });

  it('needs exactly one of record_id and field_value', async () => {
    const { report } = await loadMinimal({
      'translations.txt': csv(
        'table_name,field_name,language,translation,record_id,field_value',
        'stops,stop_name,en,Both,S1,One',
        'stops,stop_name,en,Neither,,',
      ),
    });
    expect(report.errors).toMatchObject([
      { code: 'ConditionallyRequiredFieldError', file: 'translations.txt', line: 2 },
      { code: 'ConditionallyRequiredFieldError', file: 'translations.txt', line: 3 },
    ]);
  });
});
