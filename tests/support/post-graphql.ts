/** What the API answered: the HTTP status and the parsed GraphQL response. */
export interface GraphQLReply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever shape they asked for
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Posts one GraphQL operation to the API as a client would, over HTTP. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLReply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}
