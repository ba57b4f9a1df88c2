import type { Timetable } from '../../timetable/Timetable.ts';

type Typed = Exclude<ArrayBufferView, DataView>;

function shared<T extends Typed>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
  const out = new Ctor(new SharedArrayBuffer(a.byteLength));
  (out as unknown as { set(x: T): void }).set(a);
  return out;
}

function shareFields<O extends object>(o: O): O {
  const copy = { ...o } as Record<string, unknown>;
  for (const [k, v] of Object.entries(copy)) {
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) copy[k] = shared(v as Typed);
  }
  return copy as O;
}

/**
 * The same timetable with every typed array (stops, trips with their stop times, services,
 * transfers, shapes) moved onto SharedArrayBuffers, so posting it to worker threads shares the big
 * arrays instead of copying them; names, ids and maps are still cloned. Read-only afterwards.
 */
export function shareTimetable(tt: Timetable): Timetable {
  return {
    ...tt,
    stops: shareFields(tt.stops),
    trips: shareFields(tt.trips),
    services: shareFields(tt.services),
    transfers: shareFields(tt.transfers),
    shapes: shareFields(tt.shapes),
  };
}
