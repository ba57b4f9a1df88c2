import type {
  BorderCrossing,
  Journey,
  Stop,
  Stopover,
  TrainLeg,
  WalkLeg,
} from '../../server/api/contract/index.ts';
import { instant } from './localTime.ts';

/** One line of the journey details, in travel order. */
export type JourneyStep =
  | { kind: 'board'; leg: TrainLeg; legIndex: number; stop: Stop; time: string }
  | { kind: 'stops'; leg: TrainLeg; legIndex: number; stops: Stopover[] }
  | { kind: 'border'; leg: TrainLeg; legIndex: number; crossing: BorderCrossing; after?: Stop; before?: Stop }
  | { kind: 'alight'; leg: TrainLeg; legIndex: number; stop: Stop; time: string }
  | { kind: 'change'; stop: Stop; seconds: number }
  | { kind: 'stayOn'; leg: TrainLeg; legIndex: number; stop: Stop; seconds: number }
  | { kind: 'walk'; leg: WalkLeg; legIndex: number; seconds: number };

const same = (s: Stop, id: string) => s.id === id || s.station === id;

/**
 * The journey as a list of steps: boarding, intermediate stops, each border crossing as its own
 * step placed after the last stop before the border, alighting, changes (with the time available),
 * "stay on the train" where the same vehicle goes on as another trip, and walks. Pure, so the details view is tested without a DOM.
 */
export function journeySteps(journey: Journey): JourneyStep[] {
  const steps: JourneyStep[] = [];
  journey.legs.forEach((leg, legIndex) => {
    if (legIndex > 0) {
      const prev = journey.legs[legIndex - 1];
      if (leg.type === 'train' && prev.type === 'train') {
        const seconds = (instant(leg.from.departure) - instant(prev.to.arrival)) / 1000;
        // The same vehicle goes on (block_id): the traveller stays aboard, no change.
        if (leg.stayOn) steps.push({ kind: 'stayOn', leg, legIndex, stop: leg.from.stop, seconds });
        else steps.push({ kind: 'change', stop: leg.from.stop, seconds });
      }
    }
    if (leg.type === 'walk') {
      steps.push({ kind: 'walk', leg, legIndex, seconds: leg.duration });
      return;
    }
    steps.push({ kind: 'board', leg, legIndex, stop: leg.from.stop, time: leg.from.departure });
    steps.push(...trainLegMiddle(leg, legIndex));
    steps.push({ kind: 'alight', leg, legIndex, stop: leg.to.stop, time: leg.to.arrival });
  });
  return steps;
}

function trainLegMiddle(leg: TrainLeg, legIndex: number): JourneyStep[] {
  let stops = leg.stops;
  if (stops.length > 0 && stops[0].stop.id === leg.from.stop.id) stops = stops.slice(1);
  if (stops.length > 0 && stops[stops.length - 1].stop.id === leg.to.stop.id) stops = stops.slice(0, -1);
  const all = leg.stops;
  const stopById = (id: string) => all.find((s) => same(s.stop, id))?.stop;
  // Where each crossing goes: after the intermediate stop it follows (-1: right after boarding).
  const placed = leg.borderCrossings.map((crossing) => {
    let at = stops.findIndex((s) => same(s.stop, crossing.afterStop));
    if (at < 0) at = same(leg.from.stop, crossing.afterStop) ? -1 : stops.length - 1;
    return { crossing, at };
  });
  const out: JourneyStep[] = [];
  const emitBorders = (at: number) => {
    for (const p of placed.filter((x) => x.at === at)) {
      out.push({
        kind: 'border',
        leg,
        legIndex,
        crossing: p.crossing,
        after: stopById(p.crossing.afterStop),
        before: stopById(p.crossing.beforeStop),
      });
    }
  };
  emitBorders(-1);
  let start = 0;
  for (let i = 0; i < stops.length; i++) {
    if (placed.some((p) => p.at === i)) {
      out.push({ kind: 'stops', leg, legIndex, stops: stops.slice(start, i + 1) });
      emitBorders(i);
      start = i + 1;
    }
  }
  if (start < stops.length) out.push({ kind: 'stops', leg, legIndex, stops: stops.slice(start) });
  return out;
}
