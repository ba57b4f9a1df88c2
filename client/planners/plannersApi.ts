import type {
  CompareJob,
  ComparePairResponse,
  CompareResponse,
  ErrorResponse,
  FeedsResponse,
  LinesResponse,
  ReachResponse,
} from '../../server/api/contract/index.ts';

type Params = Record<string, string | undefined>;

/** Query string of the set parameters. */
export function queryString(params: Params): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, v);
  return qs.toString();
}

async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  params: Params,
  accept = 'application/json',
): Promise<T> {
  const res = await fetch(`/api${path}?${queryString(params)}`, { method, headers: { accept } });
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      const e = ((await res.json()) as Partial<ErrorResponse>).error;
      if (e) message = e.param ? `${e.message} (${e.param})` : e.message;
    } catch {
      // not JSON: keep the status
    }
    throw new Error(message);
  }
  return (accept === 'application/json' ? res.json() : res.text()) as Promise<T>;
}

/** The planners' API calls (comparison, jobs, lines, diagram). Errors are Errors with the server's message. */
export const plannersApi = {
  feeds: () => call<FeedsResponse>('GET', '/feeds', {}),
  compare: (p: Params) => call<CompareResponse>('GET', '/compare', p),
  startJob: (p: Params) => call<CompareJob>('POST', '/compare/jobs', p),
  job: (id: string) => call<CompareJob>('GET', `/compare/jobs/${encodeURIComponent(id)}`, { changed: '1' }),
  pair: (p: Params) => call<ComparePairResponse>('GET', '/compare/pair', p),
  lines: (feed: string) => call<LinesResponse>('GET', '/lines', { feed }),
  reach: (p: Params) => call<ReachResponse>('GET', '/reach', p),
  diagram: (p: Params) => call<string>('GET', '/diagram', p, 'image/svg+xml'),
};
