/** An actor: a state, organisation or person, with the aliases it is found by. */
import { z } from 'zod';
import { ActorIdSchema, ActorKindSchema } from './primitives.ts';

export const ActorSchema = z
  .object({
    id: ActorIdSchema,
    name: z.string().min(1).max(200),
    kind: ActorKindSchema,
    aliases: z.array(z.string().min(1).max(200)),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
  })
  .meta({ id: 'Actor' });
export type Actor = z.infer<typeof ActorSchema>;
