/** What graph queries answer: a subgraph, and paths between two actors. */
import { z } from 'zod';
import { ActorSchema } from './actor.ts';
import { RelationshipSchema } from './relationship.ts';

export const GraphSchema = z
  .object({
    nodes: z.array(ActorSchema),
    edges: z.array(RelationshipSchema),
    truncated: z.boolean(),
  })
  .meta({ id: 'Graph' });
export type Graph = z.infer<typeof GraphSchema>;

export const PathSchema = z
  .object({
    /** Ordered from `from` to `to`. */
    nodes: z.array(ActorSchema).min(1),
    /** edges[i] joins nodes[i] and nodes[i+1]; its own source/target keep the stored direction. */
    edges: z.array(RelationshipSchema),
    length: z.number().int().nonnegative(),
  })
  .meta({ id: 'Path' });
export type Path = z.infer<typeof PathSchema>;

export const PathsResultSchema = z
  .object({
    from: ActorSchema,
    to: ActorSchema,
    paths: z.array(PathSchema),
  })
  .meta({ id: 'PathsResult' });
export type PathsResult = z.infer<typeof PathsResultSchema>;
