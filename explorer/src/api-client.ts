// Sends the explorer's operations to the public GraphQL endpoint, and remembers each one so the
// view that ran it can show it and open it in the IDE.

/** One operation as sent: what a view shows under "GraphQL query". */
export interface RanQuery {
  query: string;
  variables: Record<string, unknown>;
}

/** An answer with errors: the API's own message, which says what to do. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const ENDPOINT = "/graphql";

/** Runs one operation and returns its data with the operation as sent. */
export async function runQuery<Data>(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: Data; ran: RanQuery }> {
  const sent = { query: query.trim(), variables: withoutNulls(variables) };
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(sent),
  });
  const body = (await response.json()) as {
    data?: Data;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length) throw new ApiError(body.errors[0]!.message, body.errors[0]!.extensions?.code);
  return { data: body.data as Data, ran: sent };
}

/** The IDE's address with an operation preloaded (app.js of the IDE reads the fragment). */
export function ideLink(ran: RanQuery): string {
  const fragment = new URLSearchParams({ query: ran.query, variables: JSON.stringify(ran.variables, null, 2) });
  return `${ENDPOINT}#${fragment}`;
}

// Unset variables are left out, so the query shown and opened in the IDE carries only what was asked.
function withoutNulls(variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== null && value !== undefined));
}
