/**
 * What a draft is: a seed annotation's actors and relationships (seeds/README.md), each
 * relationship with evidence offsets, its confidence and the cue words that gave it. Nothing of a
 * draft is stored: a person reviews it first.
 */
import type { ActorKind, Modality, RelationshipTypeName } from '../domain/vocabulary.ts';

export interface DraftEvidence {
  readonly quote: string;
  /** text.slice(start, end) === quote */
  readonly start: number;
  readonly end: number;
}

export interface DraftActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly iso3?: string;
  readonly aliases: readonly string[];
  /** Not in the gazetteer: the reviewer creates it or links it to an actor that exists. */
  readonly isNew: boolean;
}

export interface DraftRelationship {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationshipTypeName;
  readonly modality: Modality;
  readonly attributes: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  readonly evidence: readonly DraftEvidence[];
  /** 0–1: how sure the drafter is, from how explicit the ends are and how strong the cue. */
  readonly confidence: number;
  /** The words that gave the type, the modality and any coreference. */
  readonly cues: readonly string[];
  /** An end the text does not name there: a pronoun from another sentence, or the addressee. */
  readonly inferred: boolean;
  /** A negative finding ("has not been publicly discussed"): never a positive relationship. */
  readonly negated: boolean;
  /** A recommendation's addressee, who should act (its source or target); set on every recommendation. */
  readonly addressee?: string;
}

export interface DraftAnnotation {
  readonly actors: readonly DraftActor[];
  readonly relationships: readonly DraftRelationship[];
}
