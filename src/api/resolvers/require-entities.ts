import type { ApiContext } from "../context.js";
import { ApiError, ErrorCode } from "../errors.js";
import { readQuery } from "./read-query.js";

/**
 * Throws NOT_FOUND naming every given entity id the graph lacks, so an empty answer means "no
 * such facts" and never "you mistyped the id". Null ids (optional arguments) are ignored.
 */
export async function requireEntities(
  context: ApiContext,
  ids: ReadonlyArray<string | null | undefined>,
): Promise<void> {
  const wanted = ids.filter((id): id is string => typeof id === "string");
  if (wanted.length === 0) return;
  const rows = await readQuery<{ id: string }>(
    context,
    "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id",
    { ids: wanted },
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new ApiError(
      ErrorCode.NOT_FOUND,
      `No entity has the id ${missing.map((id) => `"${id}"`).join(", ")}; find ids with searchEntities(query: "…").`,
      { ids: missing },
    );
  }
}
