/** The JSON body of every 4xx and 5xx answer (server/src/error-handler.ts writes it). */
import { z } from 'zod';

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
