/**
 * Style tokens shared by every renderer: the Cytoscape explorer, the embed page and the
 * server-side SVG/PNG of snapshots. Relationship colours live in the vocabulary
 * (vocabulary.ts); this file holds the rest, so a legend drawn anywhere says the same thing.
 */
import type { ActorKind, Modality } from './vocabulary.ts';

export interface ActorKindStyle {
  readonly label: string;
  readonly fill: string;
  /** Cytoscape node shape name; the SVG renderer draws the same shapes. */
  readonly shape:
    | 'ellipse'
    | 'round-rectangle'
    | 'diamond'
    | 'hexagon'
    | 'octagon'
    | 'triangle'
    | 'barrel'
    | 'tag';
}

export const ACTOR_KIND_STYLES: Readonly<Record<ActorKind, ActorKindStyle>> = {
  state: { label: 'State', fill: '#1e3a5f', shape: 'ellipse' },
  organization: { label: 'Organisation', fill: '#4c3d8f', shape: 'round-rectangle' },
  person: { label: 'Person', fill: '#7a3e65', shape: 'diamond' },
  region: { label: 'Region', fill: '#2f6b5e', shape: 'hexagon' },
  event: { label: 'Event', fill: '#8c5a1e', shape: 'tag' },
  policy: { label: 'Policy', fill: '#5b6470', shape: 'barrel' },
  sector: { label: 'Sector', fill: '#466b2f', shape: 'barrel' },
  'military-asset': { label: 'Military asset', fill: '#6b2f2f', shape: 'triangle' },
  // An issue (the North Korean nuclear issue) is a matter actors act on: its own shape, an octagon.
  issue: { label: 'Issue', fill: '#5f4b32', shape: 'octagon' },
};

export interface ModalityStyle {
  readonly label: string;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
  /** SVG stroke-dasharray for the same look outside Cytoscape; empty for solid. */
  readonly dashArray: string;
}

export const MODALITY_STYLES: Readonly<Record<Modality, ModalityStyle>> = {
  fact: { label: 'Fact', lineStyle: 'solid', dashArray: '' },
  assessment: { label: 'Assessment', lineStyle: 'dashed', dashArray: '8 5' },
  recommendation: { label: 'Recommendation', lineStyle: 'dotted', dashArray: '2 4' },
};

/**
 * A negative finding ("has not been publicly discussed", seeds/README.md): drawn, never as a tie:
 * a neutral grey (3.4:1 on white, no type's hue) in a dash-dot no modality uses, its verb with
 * "not" (negatedVerb in vocabulary.ts). Everything that draws or exports one reads this.
 */
export const NEGATED_STYLE = {
  label: 'Negative finding',
  color: '#8c8c8c',
  dashArray: '12 4 2 4',
} as const;

export const TEXT_COLOR = '#1a202c';
export const MUTED_TEXT_COLOR = '#4a5568';
export const BACKGROUND_COLOR = '#ffffff';
export const FONT_FAMILY = 'DejaVu Sans, Inter, system-ui, sans-serif';
