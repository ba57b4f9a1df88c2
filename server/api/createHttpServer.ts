import { createServer, type RequestListener, type Server } from 'node:http';

/** Connection limits of the HTTP server (milliseconds and counts), from the configuration. */
export interface HttpLimits {
  /** Time a client has to send its request headers; then 408 and the socket is closed. */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request, body included (a trickled body is cut off). */
  requestTimeoutMs: number;
  /** Idle time before a keep-alive connection is closed. */
  keepAliveTimeoutMs: number;
  /** Most simultaneous connections; a connection past it is closed on arrival. */
  maxConnections: number;
}

/**
 * The node:http server around the app with the request deadlines and the connection cap applied.
 * Node enforces `headersTimeout`/`requestTimeout` on a timer (`connectionsCheckingInterval`, default
 * 30 s, which let a trickling client keep a socket 140 s): here it runs every second, or more often
 * for deadlines under 4 s, so a client is cut off within about a second of its deadline.
 */
export function createHttpServer(app: RequestListener, limits: HttpLimits): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(1000, limits.headersTimeoutMs / 4)),
    },
    app,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
