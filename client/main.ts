/**
 * Entry of the full planner page (index.html): styles, then the Planner mounted on #app with the
 * tile URL from the page's meta tag.
 */
import 'leaflet/dist/leaflet.css';
import './styles/base.css';
import './styles/planner.css';
import './styles/map.css';
import { tileUrlFrom } from './map/tileConfig.ts';
import { Planner } from './ui/Planner.ts';

const mount = document.getElementById('app');
if (mount && location.hash.startsWith('#planners')) {
  // The planners' tools (compare feeds, diagrams), loaded only when asked for.
  void import('./planners/mountPlanners.ts').then((m) => m.mountPlanners(mount));
} else if (mount) {
  const tileUrl = tileUrlFrom(
    document.querySelector('meta[name="corridor-tile-url"]')?.getAttribute('content'),
  );
  new Planner(mount, { compact: false, tileUrl });
}
