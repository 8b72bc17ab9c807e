/**
 * The part of an `ArticleFacts` (docs/CONTRACTS.md contract 1) that the scorer reads. Declared here rather
 * than imported so that scoring depends only on the fields it compares; the extractor's
 * `ArticleFacts` is structurally assignable to it.
 */
export interface ExtractedFacts {
  readonly entities: readonly ExtractedEntity[];
  readonly statements: readonly ExtractedStatement[];
  readonly events: readonly ExtractedEvent[];
}

/** An extracted entity: its id (a QID or `kg:<type>:<slug>`), type, canonical English name and QID. */
export interface ExtractedEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly wikidata?: string | null;
}

/** An extracted quote with the speaker's entity id and canonical name (null when unattributed). */
export interface ExtractedStatement {
  readonly speakerId?: string | null;
  readonly speaker?: string | null;
  readonly quote: string;
}

/** An extracted event; participants and location refer to `ExtractedEntity.id`, the date interval is ISO days. */
export interface ExtractedEvent {
  readonly type: string;
  readonly title?: string;
  readonly participants: readonly { readonly entityId: string; readonly role?: string }[];
  readonly locationId?: string | null;
  readonly date?: {
    readonly value?: string | null;
    readonly from?: string | null;
    readonly to?: string | null;
  } | null;
}
