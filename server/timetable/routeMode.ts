/** How a route's vehicles are presented: the FPTF mode and a finer product name. */
export interface RouteMode {
  /** FPTF mode (friendly-public-transport-format): what kind of vehicle. */
  mode: 'train' | 'bus' | 'watercraft' | 'gondola' | 'aircraft' | 'taxi';
  /** A finer kind: 'tram', 'subway', 'rail', 'highSpeed', 'longDistance', 'regional', ... */
  product: string;
}

/** The basic GTFS route types 0-12. */
const BASIC: Record<number, RouteMode> = {
  0: { mode: 'train', product: 'tram' },
  1: { mode: 'train', product: 'subway' },
  2: { mode: 'train', product: 'rail' },
  3: { mode: 'bus', product: 'bus' },
  4: { mode: 'watercraft', product: 'ferry' },
  5: { mode: 'train', product: 'cableTram' },
  6: { mode: 'gondola', product: 'aerialLift' },
  7: { mode: 'train', product: 'funicular' },
  11: { mode: 'bus', product: 'trolleybus' },
  12: { mode: 'train', product: 'monorail' },
};

/** The extended rail types 100-117 (Google's "Hierarchical Vehicle Type"). */
const RAIL: string[] = [
  'rail', // 100 Railway Service
  'highSpeed', // 101 High Speed Rail
  'longDistance', // 102 Long Distance Trains
  'interRegional', // 103 Inter Regional Rail
  'carTransport', // 104 Car Transport Rail
  'sleeper', // 105 Sleeper Rail
  'regional', // 106 Regional Rail
  'tourist', // 107 Tourist Railway
  'railShuttle', // 108 Rail Shuttle (Within Complex)
  'suburban', // 109 Suburban Railway
  'replacement', // 110 Replacement Rail
  'special', // 111 Special Rail
  'lorryTransport', // 112 Lorry Transport Rail
  'rail', // 113 All Rail Services
  'crossCountry', // 114 Cross-Country Rail
  'vehicleTransport', // 115 Vehicle Transport Rail
  'rackRailway', // 116 Rack and Pinion Railway
  'rail', // 117 Additional Rail
];

/** The mode and product of a GTFS route_type, basic (0-12) or extended (100-1702). */
export function routeMode(routeType: number): RouteMode {
  const basic = BASIC[routeType];
  if (basic) return basic;
  if (routeType >= 100 && routeType <= 117) return { mode: 'train', product: RAIL[routeType - 100] };
  const group = Math.floor(routeType / 100);
  if (group === 2) return { mode: 'bus', product: 'coach' };
  if (group === 4) return { mode: 'train', product: 'subway' };
  if (group === 7) return { mode: 'bus', product: 'bus' };
  if (group === 8) return { mode: 'bus', product: 'trolleybus' };
  if (group === 9) return { mode: 'train', product: 'tram' };
  if (group === 10 || group === 12) return { mode: 'watercraft', product: 'ferry' };
  if (group === 11) return { mode: 'aircraft', product: 'aircraft' };
  if (group === 13) return { mode: 'gondola', product: 'aerialLift' };
  if (group === 14) return { mode: 'train', product: 'funicular' };
  if (group === 15) return { mode: 'taxi', product: 'taxi' };
  if (group === 17) return { mode: 'bus', product: 'other' };
  return { mode: 'train', product: 'rail' };
}
