/**
 * The ids and enumerations every record is built from: actor, brief and relationship ids, and
 * the vocabulary's relationship types, modalities, actor kinds and quad classes as schemas.
 */
import { z } from 'zod';
import { ACTOR_KINDS, MODALITIES, RELATIONSHIP_TYPE_NAMES } from './vocabulary.ts';

export const ActorIdSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'an actor id is upper-snake case (KOR, XI_JINPING)');

export const BriefIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,99}$/, 'a brief id is lower-case kebab (sejong-focus-2023-04-no25)');

export const RelationshipIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,149}$/, 'a relationship id is lower-case kebab (prk-provocation-kor)');

export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPE_NAMES);
export const ModalitySchema = z.enum(MODALITIES);
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const QuadClassSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/**
 * A number with its unit, as the brief states it: `{ value: 116, unit: "%" }` for "increased
 * 116%", `{ value: 0.25, unit: "share" }` for "one-fourth of" (a share is a fraction of a whole,
 * 0–1). Units are free text in SI or plain words ("%", "share", "km", "years", "USD bn");
 * attribute-values.ts says how each reads.
 */
export const QuantitySchema = z
  .strictObject({
    value: z.number().refine(Number.isFinite, 'a quantity is a finite number'),
    unit: z.string().trim().min(1).max(40),
  })
  .meta({ id: 'Quantity' });
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * Attribute values stay flat and plain so they can be shown, exported and stored as-is; the one
 * structured value is a number with its unit (QuantitySchema).
 */
export const AttributeValueSchema = z.union([
  z.string().max(500),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
  QuantitySchema,
]);
export type AttributeValue = z.infer<typeof AttributeValueSchema>;
export const AttributesSchema = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), AttributeValueSchema);
