/**
 * Runtime schemas, one file per record, the single source of truth for API payloads, seed files
 * and the OpenAPI document (server/src/openapi.ts renders them with z.toJSONSchema). This file
 * only gathers them for importers.
 */
export * from './actor.ts';
export * from './brief.ts';
export * from './emphasis.ts';
export * from './error-body.ts';
export * from './frame.ts';
export * from './graph.ts';
export * from './primitives.ts';
export * from './relationship.ts';
export * from './snapshot.ts';
