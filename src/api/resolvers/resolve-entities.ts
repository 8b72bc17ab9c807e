import type { ApiContext } from "../context.js";
import { ApiError, ErrorCode } from "../errors.js";
import type { EntityRef } from "../generated/resolvers-types.js";
import { buildPhraseQuery } from "../search/full-text-query.js";
import { entityRef } from "./cypher-projections.js";
import { readQuery } from "./read-query.js";

/** The entity arguments of one operation, by argument name, as the caller wrote them (null when omitted). */
export type EntityArgs<Name extends string> = Record<Name, string | null>;

/**
 * For each reference, the entity whose id it is; failing that, the entities having it as their
 * exact name or one of their aliases, case aside. The full-text index narrows the candidates
 * (its standard analyser splits "Касым-Жомарт Токаев" as the phrase query does), and the
 * comparison on the stored forms decides.
 */
const MATCH_ENTITIES = /* cypher */ `
UNWIND $refs AS ref
OPTIONAL MATCH (byId:Entity {id: ref.value})
CALL (ref, byId) {
  WITH ref WHERE byId IS NULL AND ref.phrase IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', ref.phrase, {limit: 100}) YIELD node
  WITH ref, node WHERE toLower(node.name) = ref.lower OR any(alias IN node.aliases WHERE toLower(alias) = ref.lower)
  RETURN collect(${entityRef("node")}) AS byName
}
RETURN ref.value AS value, CASE WHEN byId IS NULL THEN byName ELSE [${entityRef("byId")}] END AS matches`;

/** Every entity each reference (id, name or alias) may stand for, in one query. */
export async function matchEntities(context: ApiContext, refs: readonly string[]): Promise<Map<string, EntityRef[]>> {
  const unique = [...new Set(refs)];
  const rows = await readQuery<{ value: string; matches: EntityRef[] }>(context, MATCH_ENTITIES, {
    refs: unique.map((value) => ({ value, lower: value.toLowerCase(), phrase: buildPhraseQuery(value) })),
  });
  return new Map(rows.map((row) => [row.value, row.matches]));
}

/** The one entity a reference stands for, or null when none; AMBIGUOUS_ENTITY when several. */
export function onlyMatch(argument: string, ref: string, matches: readonly EntityRef[]): EntityRef | null {
  if (matches.length <= 1) return matches[0] ?? null;
  const candidates = [...matches].sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
  const listed = candidates.map((entity) => `${entity.name} (${entity.type}, id ${entity.id})`).join("; ");
  throw new ApiError(
    ErrorCode.AMBIGUOUS_ENTITY,
    `"${ref}" in ${argument} names ${matches.length} entities: ${listed}. Pass the id of the one you mean.`,
    { argument, candidates },
  );
}

/**
 * Turns every entity argument into an id: NOT_FOUND naming the references no entity has as id,
 * name or alias (so an empty answer means "no such facts", never "you mistyped"), and
 * AMBIGUOUS_ENTITY for a name several entities share.
 */
export async function resolveEntities<Name extends string>(
  context: ApiContext,
  args: EntityArgs<Name>,
): Promise<EntityArgs<Name>> {
  const given = Object.entries(args).filter((entry): entry is [Name, string] => typeof entry[1] === "string");
  const matches = await matchEntities(
    context,
    given.map(([, ref]) => ref),
  );
  const resolved = { ...args };
  const missing: string[] = [];
  for (const [argument, ref] of given) {
    const entity = onlyMatch(argument, ref, matches.get(ref) ?? []);
    if (entity) resolved[argument] = entity.id;
    else missing.push(ref);
  }
  if (missing.length > 0) {
    throw new ApiError(
      ErrorCode.NOT_FOUND,
      `No entity has the id, name or alias ${missing.map((ref) => `"${ref}"`).join(", ")}; find entities with searchEntities(query: "…").`,
      { ids: missing },
    );
  }
  return resolved;
}

/**
 * Runs `read` with the entity arguments as given, which are ids in the common case, so that costs
 * one query. Only an empty answer resolves them (`resolveEntities`): unknown references are then
 * NOT_FOUND, and names turned into ids are read again.
 */
export async function readWithEntities<Name extends string, Row>(
  context: ApiContext,
  args: EntityArgs<Name>,
  read: (ids: EntityArgs<Name>) => Promise<Row[]>,
): Promise<Row[]> {
  const rows = await read(args);
  if (rows.length > 0) return rows;
  const ids = await resolveEntities(context, args);
  const changed = Object.keys(args).some((name) => ids[name as Name] !== args[name as Name]);
  return changed ? read(ids) : rows;
}
