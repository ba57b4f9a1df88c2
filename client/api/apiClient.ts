import type {
  BoardResponse,
  ErrorResponse,
  FeedsResponse,
  JourneysResponse,
  NetworkResponse,
  StopsResponse,
} from '../../server/api/contract/index.ts';
import type { Lang } from '../i18n/t.ts';

/** An API failure: `code` from the server's error body, or `network` / `bad_response` from the client. */
export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Parameters of a journey search, as the form and the URL hold them. */
export interface JourneySearch {
  from: string;
  to: string;
  date: string;
  time: string;
  arriveBy: boolean;
  /** Range query width in minutes (0: just the best journeys after `time`). */
  window: number;
  maxTransfers: number;
  /** A page cursor from an earlier response (`earlier` / `later`): that page instead of date and time. */
  cursor?: string;
  feed?: string;
  lang: Lang;
}

type Params = Record<string, string | number | boolean | undefined>;

/**
 * Typed access to the Corridor API (same origin, under `base`, default `/api`). Every method
 * rejects with ApiRequestError; pass an AbortSignal to cancel superseded requests.
 */
export class ApiClient {
  constructor(
    private readonly base = '/api',
    private readonly fetchFn: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** Station autocomplete. */
  stops(q: string, lang: Lang, feed?: string, signal?: AbortSignal): Promise<StopsResponse> {
    return this.get('/stops', { q, lang, feed, limit: 8 }, signal);
  }

  /** Journeys between two stops or stations. */
  journeys(s: JourneySearch, signal?: AbortSignal): Promise<JourneysResponse> {
    return this.get('/journeys', { ...s }, signal);
  }

  /** Departures or arrivals at a stop for `duration` minutes from `time`. */
  board(
    kind: 'departures' | 'arrivals',
    stopId: string,
    q: { date: string; time: string; duration?: number; lang: Lang; feed?: string },
    signal?: AbortSignal,
  ): Promise<BoardResponse> {
    return this.get(`/stops/${encodeURIComponent(stopId)}/${kind}`, { ...q }, signal);
  }

  /** The feed's lines, stations and border crossings. */
  network(lang: Lang, feed?: string, signal?: AbortSignal): Promise<NetworkResponse> {
    return this.get('/network', { lang, feed }, signal);
  }

  /** Loaded feeds and the default one. */
  feeds(signal?: AbortSignal): Promise<FeedsResponse> {
    return this.get('/feeds', {}, signal);
  }

  private async get<T>(path: string, params: Params, signal?: AbortSignal): Promise<T> {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
    const url = `${this.base}${path}${qs.size ? `?${qs}` : ''}`;
    let res: Response;
    try {
      res = await this.fetchFn(url, { signal, headers: { accept: 'application/json' } });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new ApiRequestError('network', (err as Error).message, 0);
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ApiRequestError('bad_response', `HTTP ${res.status}: not JSON`, res.status);
    }
    if (!res.ok) {
      const e = (body as Partial<ErrorResponse>).error;
      throw new ApiRequestError(
        e?.code ?? 'http_error',
        e?.message ?? `HTTP ${res.status}`,
        res.status,
        e?.param,
      );
    }
    return body as T;
  }
}
