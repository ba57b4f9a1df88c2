import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GridError } from './GridError.ts';
import { type GridFeedOptions, gridToGtfs } from './gridToGtfs.ts';
import { type GridTrain, parseGrid } from './parseGrid.ts';

/** Where the grid files, station list and optional agencies file are, and where the feed goes. */
export interface ImportGridPaths {
  grids: string[];
  stations: string;
  agencies?: string;
  out: string;
}

/**
 * `corridor import-grid`: reads timetable grids (one table per direction, printed form; see
 * parseGrid) and a station list, writes a GTFS feed folder. Throws a GridError naming every bad cell
 * (`grid.csv:R5C3`) before writing anything. Returns the files written.
 */
export async function importGrid(
  p: ImportGridPaths,
  o: Omit<GridFeedOptions, 'agencies'>,
): Promise<string[]> {
  const problems: string[] = [];
  const trains: GridTrain[] = [];
  for (const g of p.grids) trains.push(...parseGrid(await readFile(g, 'utf8'), basename(g), problems));
  const stations = { text: await readFile(p.stations, 'utf8'), file: basename(p.stations) };
  const agencies = p.agencies
    ? { text: await readFile(p.agencies, 'utf8'), file: basename(p.agencies) }
    : undefined;
  if (problems.length > 0 && trains.every((t) => t.stops.length === 0)) throw new GridError(problems);
  const files = gridToGtfs(trains, stations, { ...o, agencies }, problems);
  await mkdir(p.out, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(p.out, name), text);
  return Object.keys(files).map((f) => join(p.out, f));
}
