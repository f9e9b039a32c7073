/** Everything the local Neo4j refuses or fails to do is one of these, with a message saying what to install or change. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

/** Ends every "cannot run it here" message: the app works without a local Neo4j too. */
export const NO_NEO4J_HINT = 'or set NEO4J_URI to use an existing Neo4j.';
