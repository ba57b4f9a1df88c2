import type { Timetable } from '../../timetable/Timetable.ts';
import { translate } from '../../timetable/translate.ts';

/**
 * The headsign a rider sees at boarding (the engine's `TrainLeg.headsign`: stop_headsign of the
 * boarding row, else trip_headsign), in `lang` when translations.txt has it: a stop_headsign by
 * value (translations key stop_times by trip and stop_sequence, which the Timetable does not keep),
 * a trip_headsign by trip id or value.
 */
export function presentHeadsign(
  tt: Timetable,
  trip: number,
  row: number,
  headsign: string,
  lang: string | undefined,
): string {
  const own = tt.trips.stHeadsign?.[row];
  if (own && own === headsign) return translate(tt, 'stop_times', 'stop_headsign', '', headsign, lang);
  return translate(tt, 'trips', 'trip_headsign', tt.trips.id[trip], headsign, lang);
}
