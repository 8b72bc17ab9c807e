import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiContext } from "./context.js";
import type { ExplorerAssets } from "./explorer-assets.js";
import type { IdeAsset } from "./ide-assets.js";
import { renderIdePage } from "./ide-page.js";

/** What the HTTP layer needs; everything else lives behind these. */
export interface HttpHandlerOptions {
  apollo: ApolloServer<ApiContext>;
  createContext: (request: IncomingMessage) => ApiContext;
  ideAssets: Map<string, IdeAsset>;
  /** The built explorer, or null when it was not built. */
  explorer: ExplorerAssets | null;
  /** The example operations the IDE opens as tabs, as JSON. */
  ideExamples: unknown[];
  /** Resolves true when Neo4j answers and is migrated; given up on (503) after 0.8 s. */
  isReady: () => Promise<boolean>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

/**
 * Routes one HTTP request: `/graphql` (GraphQL over POST and GET, and the IDE for browsers),
 * `/ide/*` (the IDE's assets), `/explore/*` (the explorer: its assets, and its one page for every
 * other path, since each view has its own URL), `/favicon.ico`, `/health` (process alive) and
 * `/ready` (database reachable and migrated). A plain node:http handler, so tests drive it in-process on an ephemeral port.
 */
export function createHttpHandler(options: HttpHandlerOptions) {
  const idePage = renderIdePage();
  const examplesJson = JSON.stringify(options.ideExamples);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return sendJson(response, 200, { status: "ok" });
    if (url.pathname === "/ready") return sendReadiness(response, options.isReady);
    if (url.pathname === "/ide/examples.json") return send(response, 200, "application/json", examplesJson);
    if (url.pathname.startsWith("/ide/")) return sendAsset(response, options.ideAssets.get(url.pathname.slice(5)));
    if (url.pathname === "/favicon.ico") return sendAsset(response, options.ideAssets.get("favicon.svg"));
    if (url.pathname === "/explore" || url.pathname.startsWith("/explore/"))
      return sendExplorer(response, url, options.explorer);
    if (url.pathname === "/") return redirect(response, "/graphql");
    if (url.pathname !== "/graphql") return sendJson(response, 404, { error: "Not found: the API is at /graphql" });
    if (request.method === "GET" && wantsHtml(request) && !url.searchParams.has("query")) {
      return send(response, 200, "text/html; charset=utf-8", idePage);
    }
    return executeGraphQL(request, response, url, options);
  };
}

async function executeGraphQL(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  options: HttpHandlerOptions,
): Promise<void> {
  const body = await readBody(request, options.maxBodyBytes);
  if (body === null) {
    return sendJson(response, 413, {
      errors: [
        {
          message: `The request body is larger than ${options.maxBodyBytes} bytes; send fewer articles per request or raise MAX_BODY_BYTES.`,
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body: parseJson(body) },
    context: async () => options.createContext(request),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The body as text, or null when it exceeds the limit (reading stops there). */
async function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// Apollo reports a malformed body itself (400, BAD_REQUEST) when it receives the raw string.
function parseJson(body: string): unknown {
  if (body === "") return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function wantsHtml(request: IncomingMessage): boolean {
  return (request.headers.accept ?? "").includes("text/html");
}

/** How long `/ready` waits for the database before it answers 503, in milliseconds. */
const READY_TIMEOUT_MS = 800;

async function sendReadiness(response: ServerResponse, isReady: () => Promise<boolean>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS)));
  const ready = await Promise.race([isReady().catch(() => false), timedOut]);
  clearTimeout(timer);
  sendJson(
    response,
    ready ? 200 : 503,
    ready ? { status: "ready" } : { status: "unavailable", reason: "Neo4j is unreachable or not migrated" },
  );
}

function sendAsset(response: ServerResponse, asset: IdeAsset | undefined): void {
  if (!asset) return sendJson(response, 404, { error: "No such file" });
  response.setHeader("cache-control", "public, max-age=3600");
  send(response, 200, asset.contentType, asset.body);
}

function sendExplorer(response: ServerResponse, url: URL, explorer: ExplorerAssets | null): void {
  if (!explorer) {
    return send(
      response,
      503,
      "text/plain; charset=utf-8",
      "The explorer is not built: run `npm run build:explorer` (npm ci does it), then restart.",
    );
  }
  if (url.pathname.startsWith("/explore/assets/"))
    return sendAsset(response, explorer.files.get(url.pathname.slice(16)));
  send(response, 200, "text/html; charset=utf-8", explorer.page);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location }).end();
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value));
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { "content-type": contentType }).end(body);
}
