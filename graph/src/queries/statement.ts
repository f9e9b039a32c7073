/** One Cypher statement and its `$params`: what the query modules build and the runner runs. */
export interface Statement {
  readonly name: string;
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}
