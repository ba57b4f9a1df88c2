import * as L from 'leaflet';

/** One legend row: the CSS class of its symbol (as drawn on the map) and its text. */
export interface LegendItem {
  symbol: string;
  label: string;
}

/**
 * A map legend control (top right; it lets clicks through to the map): the same CSS symbols the map uses for stations, border
 * stations, crossing points and the state border, with text labels set as text nodes.
 */
export class MapLegend extends L.Control {
  constructor(
    private readonly items: LegendItem[],
    private readonly title: string,
  ) {
    super({ position: 'topright' });
  }

  override onAdd(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'map-legend';
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', this.title);
    for (const item of this.items) {
      const row = document.createElement('div');
      row.className = 'map-legend-row';
      const symbol = document.createElement('span');
      symbol.className = `map-legend-symbol ${item.symbol}`;
      symbol.setAttribute('aria-hidden', 'true');
      const text = document.createElement('span');
      text.textContent = item.label;
      row.append(symbol, text);
      el.append(row);
    }
    L.DomEvent.disableClickPropagation(el);
    return el;
  }
}
