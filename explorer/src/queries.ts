// Every GraphQL operation the explorer sends, and nothing else: it uses only the public API.
// graphql-codegen reads this file and writes each operation's result type into generated/.

const ENTITY_REF = /* GraphQL */ `
  fragment EntityFields on EntityRef {
    id
    name
    type
  }
`;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!, $limit: Int = 8) {
    searchEntities(query: $query, limit: $limit) {
      id
      name
      type
      aliases
      articleCount
      country {
        id
        name
      }
    }
  }
`;

export const PROFILE = /* GraphQL */ `
  query ExplorerProfile($id: ID!) {
    entity(id: $id) {
      id
      name
      type
      wikidata
      aliases
      offices {
        title
        from
        to
        polity {
          ...EntityFields
        }
      }
      articleCount
      statementCount
      firstSeen
      lastSeen
    }
  }
  ${ENTITY_REF}
`;

export const PAIR = /* GraphQL */ `
  query ExplorerPair($a: ID!, $b: ID!) {
    a: entity(id: $a) {
      id
      name
      type
      articleCount
    }
    b: entity(id: $b) {
      id
      name
      type
      articleCount
    }
  }
`;

export const TIME_BAR = /* GraphQL */ `
  query ExplorerTimeBar($entity: ID!, $with: ID, $types: [EventKind!], $languages: [String!], $place: ID) {
    months: eventHistogram(
      entity: $entity
      with: $with
      types: $types
      languages: $languages
      place: $place
      bucket: MONTH
    ) {
      bucket
      from
      to
      count
      imprecise
    }
    years: eventHistogram(
      entity: $entity
      with: $with
      types: $types
      languages: $languages
      place: $place
      bucket: YEAR
    ) {
      bucket
      from
      to
      count
      imprecise
    }
  }
`;

export const EVENT_LIST = /* GraphQL */ `
  query ExplorerEvents(
    $entity: ID!
    $with: ID
    $from: Date
    $to: Date
    $types: [EventKind!]
    $languages: [String!]
    $place: ID
    $limit: Int = 50
    $offset: Int = 0
  ) {
    timeline(
      entity: $entity
      with: $with
      from: $from
      to: $to
      types: $types
      languages: $languages
      place: $place
      limit: $limit
      offset: $offset
    ) {
      id
      type
      title
      date {
        value
        precision
        from
        to
      }
      place {
        id
        name
        type
      }
      locationPrecision
      participants {
        role
        entity {
          ...EntityFields
        }
      }
      sourceCount
      sources {
        article {
          id
          title
          url
          source
          language
          publishedAt
        }
        evidence
        dateText
      }
      statements {
        id
        quote
        speaker {
          ...EntityFields
        }
        article {
          id
        }
      }
    }
  }
  ${ENTITY_REF}
`;

export const EVENT_MAP = /* GraphQL */ `
  query ExplorerMap($entity: ID!, $with: ID, $from: Date, $to: Date, $types: [EventKind!], $languages: [String!]) {
    eventPlaces(entity: $entity, with: $with, from: $from, to: $to, types: $types, languages: $languages) {
      events
      place {
        id
        name
        type
        latitude
        longitude
        countryCode
        country {
          id
          name
        }
      }
    }
  }
`;

export const CO_MENTION_GRAPH = /* GraphQL */ `
  query ExplorerGraph($entity: ID!, $limit: Int = 15) {
    coMentions(entity: $entity, limit: $limit) {
      entity {
        ...EntityFields
      }
      articles
      events
      total
    }
  }
  ${ENTITY_REF}
`;

export const PAIR_GRAPH = /* GraphQL */ `
  query ExplorerPairGraph($from: ID!, $to: ID!) {
    connection(from: $from, to: $to, maxHops: 4, limit: 10) {
      length
      text
      steps {
        relation
        from {
          id
          kind
          label
          type
        }
        to {
          id
          kind
          label
          type
        }
      }
    }
  }
`;
