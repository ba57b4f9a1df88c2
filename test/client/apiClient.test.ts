import { describe, expect, it } from 'vitest';
import { ApiClient, ApiRequestError } from '../../client/api/apiClient.ts';
import { journeysResponse } from './fixtures/journeys.ts';

/** A fetch that records URLs and answers with one canned response. */
function fakeFetch(status: number, body: unknown, urls: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as typeof fetch;
}

describe('ApiClient', () => {
  it('builds the journeys query and returns the typed body', async () => {
    const urls: string[] = [];
    const api = new ApiClient('/api', fakeFetch(200, journeysResponse, urls));
    const res = await api.journeys({
      from: 'smolensk',
      to: 'vitebsk',
      date: '2026-04-03',
      time: '05:00',
      arriveBy: false,
      window: 180,
      maxTransfers: 5,
      lang: 'ru',
    });
    expect(res.journeys).toHaveLength(1);
    expect(urls[0]).toBe(
      '/api/journeys?from=smolensk&to=vitebsk&date=2026-04-03&time=05%3A00&arriveBy=false&window=180&maxTransfers=5&lang=ru',
    );
  });

  it('encodes path ids', async () => {
    const urls: string[] = [];
    await new ApiClient('/api', fakeFetch(200, {}, urls)).board('departures', 'a/b c', {
      date: '2026-04-03',
      time: '05:00',
      lang: 'en',
    });
    expect(urls[0]).toMatch(/^\/api\/stops\/a%2Fb%20c\/departures\?/);
  });

  it('turns the server error body into an ApiRequestError with its code and param', async () => {
    const body = { error: { code: 'invalid_parameter', message: 'expected YYYY-MM-DD', param: 'date' } };
    const err = await new ApiClient('/api', fakeFetch(400, body)).feeds().catch((e) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(err).toMatchObject({ code: 'invalid_parameter', status: 400, param: 'date' });
  });

  it('reports unreachable servers and non-JSON answers distinctly', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(new ApiClient('/api', down).feeds()).rejects.toMatchObject({ code: 'network', status: 0 });
    await expect(
      new ApiClient('/api', fakeFetch(502, '<html>Bad gateway</html>')).feeds(),
    ).rejects.toMatchObject({
      code: 'bad_response',
      status: 502,
    });
  });
});
