import type { CsvReader } from './CsvReader.ts';

/** Ids of the core files, for checking the optional files that refer to them. */
export interface FeedIds {
  agencies: { has(id: string): boolean };
  agencyCount: number;
  stops: { has(id: string): boolean };
  zones: { has(id: string): boolean };
  routes: { has(id: string): boolean };
  trips: { has(id: string): boolean };
  /** network_id values given in routes.txt. */
  routeNetworks: { has(id: string): boolean };
}

/** Opens an optional feed file (null when absent or unusable; problems already reported). */
export type OpenCsv = (name: string, requiredColumns: readonly string[]) => Promise<CsvReader | null>;
