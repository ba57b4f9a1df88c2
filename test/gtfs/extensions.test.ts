import { describe, expect, it } from 'vitest';
import { csv, loadMinimal } from './minimalFeed.ts';

describe('Corridor feed extensions', () => {
  it('reads stops.txt stop_country into stops.country', async () => {
    const { timetable, report } = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,stop_country',
        'S1,Smolensk,54.78,32.05,RU',
        'S2,Osinovka,54.75,30.76,by',
        'S3,Orsha,54.51,30.42,',
      ),
    });
    expect(report.errors).toEqual([]);
    expect(timetable!.stops.country).toEqual(['RU', 'BY', '']);
  });

  it('warns on a stop_country that is not alpha-2 and stores none', async () => {
    const { timetable, report } = await loadMinimal({
      'stops.txt': csv(
        'stop_id,stop_name,stop_lat,stop_lon,stop_country',
        'S1,One,52,13,RUS',
        'S2,Two,52.1,13.1,',
        'S3,Three,52.2,13.2,',
      ),
    });
    expect(report.warnings).toMatchObject([
      { code: 'InvalidFieldError', file: 'stops.txt', line: 2, field: 'stop_country' },
    ]);
    expect(timetable!.stops.country[0]).toBe('');
  });

  it('reads border_advisories.txt', async () => {
    const { timetable, report } = await loadMinimal({
      'border_advisories.txt': csv(
        'from_country,to_country,lang,advisory,source_url',
        'BY,RU,en,"No passport control, check before travel.",https://example.org/a',
        'ru,by,ru,"Паспортного контроля нет.",https://example.org/b',
      ),
    });
    expect(report.errors).toEqual([]);
    expect(timetable!.borderAdvisories).toEqual([
      {
        fromCountry: 'BY',
        toCountry: 'RU',
        lang: 'en',
        text: 'No passport control, check before travel.',
        source: 'https://example.org/a',
      },
      {
        fromCountry: 'RU',
        toCountry: 'BY',
        lang: 'ru',
        text: 'Паспортного контроля нет.',
        source: 'https://example.org/b',
      },
    ]);
  });

  it('reports a border advisory without a source', async () => {
    const { report } = await loadMinimal({
      'border_advisories.txt': csv('from_country,to_country,lang,advisory,source_url', 'BY,RU,en,Text,'),
    });
    expect(report.errors).toMatchObject([
      { code: 'RequiredFieldError', file: 'border_advisories.txt', line: 2, field: 'source_url' },
    ]);
  });

  it('reads feed_info.txt with ISO dates', async () => {
    const { timetable } = await loadMinimal({
      'feed_info.txt': csv(
        'feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version',
        'Corridor,https://example.org,ru,20240801,20250731,2024.1',
      ),
    });
    expect(timetable!.feedInfo).toEqual({
      publisherName: 'Corridor',
      publisherUrl: 'https://example.org',
      lang: 'ru',
      startDate: '2024-08-01',
      endDate: '2025-07-31',
      version: '2024.1',
    });
  });
});
