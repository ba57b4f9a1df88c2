/**
 * Entry of the compact embed view (/embed?from=&to=&lang=&theme=): the planner in compact mode,
 * reporting its height to the embedding page (public/embed.js) with postMessage.
 */
import 'leaflet/dist/leaflet.css';
import '../styles/base.css';
import '../styles/planner.css';
import '../styles/map.css';
import '../styles/embed.css';
import { tileUrlFrom } from '../map/tileConfig.ts';
import { Planner } from '../ui/Planner.ts';
import { reportHeight } from './reportHeight.ts';
import { themeFrom } from './themeFrom.ts';

document.documentElement.classList.add(`theme-${themeFrom(location.search)}`);
const mount = document.getElementById('app');
if (mount) {
  const tileUrl = tileUrlFrom(
    document.querySelector('meta[name="corridor-tile-url"]')?.getAttribute('content'),
  );
  new Planner(mount, { compact: true, tileUrl });
  reportHeight(document.body);
}
