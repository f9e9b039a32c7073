/**
 * The controlled vocabulary of relationship types.
 *
 * This list is the whitelist for every relationship type that reaches Cypher: Neo4j cannot take
 * a relationship type as a parameter, so repositories interpolate only names found here.
 * Colours are the style tokens shared by every renderer (explorer, embed, server-side SVG).
 *
 * CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 * 4 material conflict. `null` marks a structural tie (who leads whom) that is not an event and
 * so has no CAMEO class; it is left out by any quad-class filter.
 */

export type QuadClass = 1 | 2 | 3 | 4;

export interface RelationshipTypeDefinition<Name extends string = RelationshipTypeName> {
  /** Upper-snake name, also the Neo4j relationship type. */
  readonly name: Name;
  /** How a person reads the edge from source to target ("provokes"). */
  readonly label: string;
  /** The verb's base form, for "should …" and "is assessed to …" ("provoke"). */
  readonly baseLabel: string;
  /** How a person reads it from target to source ("is provoked by"). */
  readonly inverseLabel: string;
  readonly description: string;
  readonly directed: boolean;
  /** CAMEO root code (two digits) of the closest event family, or null when structural. */
  readonly cameoRoot: string | null;
  readonly quadClass: QuadClass | null;
  /**
   * Hex colour token: at least 3:1 against white (WCAG non-text contrast), cooperation in cool
   * hues, conflict in warm ones, neighbours in the legend apart in hue or lightness.
   */
  readonly color: string;
}

export const QUAD_CLASS_LABELS: Readonly<Record<QuadClass, string>> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

const definitions = [
  {
    name: 'ALLIANCE',
    label: 'is allied with',
    baseLabel: 'be allied with',
    inverseLabel: 'is allied with',
    description: 'A formal alliance or treaty-based security commitment between the two actors.',
    directed: false,
    cameoRoot: '06',
    quadClass: 2,
    color: '#1d4ed8',
  },
  {
    name: 'SECURITY_COOPERATION',
    label: 'cooperates on security with',
    baseLabel: 'cooperate on security with',
    inverseLabel: 'cooperates on security with',
    description:
      'Military or security cooperation short of (or in addition to) a formal alliance, such as trilateral drills or intelligence sharing.',
    directed: false,
    cameoRoot: '06',
    quadClass: 2,
    color: '#0891b2',
  },
  {
    name: 'PARTNERSHIP',
    label: 'is aligned with',
    baseLabel: 'be aligned with',
    inverseLabel: 'is aligned with',
    description:
      'Political alignment, strategic partnership or declared solidarity, including strengthened bilateral cooperation.',
    directed: false,
    cameoRoot: '05',
    quadClass: 1,
    color: '#0d9488',
  },
  {
    name: 'TRADE',
    label: 'trades with',
    baseLabel: 'trade with',
    inverseLabel: 'trades with',
    description:
      'Trade in goods or services between the two actors; attributes may carry volumes or growth figures.',
    directed: false,
    cameoRoot: '06',
    quadClass: 2,
    color: '#15803d',
  },
  {
    name: 'SUPPORT',
    label: 'supports',
    baseLabel: 'support',
    inverseLabel: 'is supported by',
    description:
      'The source backs the target politically or diplomatically: defends it, guarantees its interests.',
    directed: true,
    cameoRoot: '05',
    quadClass: 1,
    color: '#4d7c0f',
  },
  {
    name: 'ECONOMIC_INTEREST',
    label: 'has economic interests in',
    baseLabel: 'have economic interests in',
    inverseLabel: 'is an economic interest of',
    description: 'The source has economic interests at stake in the target (a sector, a law, a market).',
    directed: true,
    cameoRoot: '06',
    quadClass: 2,
    color: '#a16207',
  },
  {
    name: 'DIPLOMACY',
    label: 'holds talks with',
    baseLabel: 'hold talks with',
    inverseLabel: 'holds talks with',
    description: 'Diplomatic contact: a visit, a summit, dialogue or negotiation.',
    directed: false,
    cameoRoot: '04',
    quadClass: 1,
    color: '#7c3aed',
  },
  {
    name: 'PARTICIPATION',
    label: 'takes part in',
    baseLabel: 'take part in',
    inverseLabel: 'has as a participant',
    description: 'The source actor takes part in the target event (a summit, a conference).',
    directed: true,
    cameoRoot: '04',
    quadClass: 1,
    color: '#c026d3',
  },
  {
    name: 'DEPLOYMENT',
    label: 'deploys forces for',
    baseLabel: 'deploy forces for',
    inverseLabel: 'hosts forces of',
    description: 'The source deploys military forces or strategic assets to protect the target.',
    directed: true,
    cameoRoot: '07',
    quadClass: 2,
    color: '#1e3a8a',
  },
  {
    name: 'DETERRENCE',
    label: 'deters',
    baseLabel: 'deter',
    inverseLabel: 'is deterred by',
    description: 'The source shows force or posture meant to deter the target.',
    directed: true,
    cameoRoot: '15',
    quadClass: 4,
    color: '#9a3412',
  },
  {
    name: 'OPPOSITION',
    label: 'opposes',
    baseLabel: 'oppose',
    inverseLabel: 'is opposed by',
    description:
      'Strategic rivalry or opposition: the source works against, counters or seeks to check the target.',
    directed: true,
    cameoRoot: '11',
    quadClass: 3,
    color: '#ea580c',
  },
  {
    name: 'CRITICISM',
    label: 'blames',
    baseLabel: 'blame',
    inverseLabel: 'is blamed by',
    description: 'The source criticises, blames or condemns the target.',
    directed: true,
    cameoRoot: '11',
    quadClass: 3,
    color: '#db2777',
  },
  {
    name: 'NEGLECT',
    label: 'neglects relations with',
    baseLabel: 'neglect relations with',
    inverseLabel: 'is neglected by',
    description: 'The source lets its relations with the target weaken: less dialogue, less attention.',
    directed: true,
    cameoRoot: '16',
    quadClass: 4,
    color: '#6b7280',
  },
  {
    name: 'PROVOCATION',
    label: 'provokes',
    baseLabel: 'provoke',
    inverseLabel: 'is provoked by',
    description:
      'Military provocation or threat by the source against the target (missile launches, nuclear threats).',
    directed: true,
    cameoRoot: '15',
    quadClass: 4,
    color: '#dc2626',
  },
  {
    name: 'WAR',
    label: 'wages war against',
    baseLabel: 'wage war against',
    inverseLabel: 'is at war with',
    description: 'Armed conflict waged by the source against the target.',
    directed: true,
    cameoRoot: '19',
    quadClass: 4,
    color: '#7f1d1d',
  },
  {
    name: 'LEADERSHIP',
    label: 'leads',
    baseLabel: 'lead',
    inverseLabel: 'is led by',
    description:
      'Structural tie: the source person heads the target state or organisation. Not an event, so it has no CAMEO class.',
    directed: true,
    cameoRoot: null,
    quadClass: null,
    color: '#475569',
  },
] as const satisfies readonly RelationshipTypeDefinition<string>[];

export type RelationshipTypeName = (typeof definitions)[number]['name'];

export const RELATIONSHIP_TYPES: readonly RelationshipTypeDefinition[] = definitions;

export const RELATIONSHIP_TYPE_NAMES = definitions.map((d) => d.name) as [
  RelationshipTypeName,
  ...RelationshipTypeName[],
];

const byName = new Map<string, RelationshipTypeDefinition>(definitions.map((d) => [d.name, d]));

export function isRelationshipTypeName(name: string): name is RelationshipTypeName {
  return byName.has(name);
}

export function getRelationshipType(name: string): RelationshipTypeDefinition {
  const definition = byName.get(name);
  if (!definition) throw new Error(`Unknown relationship type: ${name}`);
  return definition;
}

export const MODALITIES = ['fact', 'assessment', 'recommendation'] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_DESCRIPTIONS: Readonly<Record<Modality, string>> = {
  fact: 'The brief reports it as what is or what happened.',
  assessment: "The brief's own judgement or interpretation of what is.",
  recommendation: 'What the brief says should be done ("should", "is required").',
};

export const ACTOR_KINDS = [
  'state',
  'organization',
  'person',
  'region',
  'event',
  'policy',
  'sector',
  'military-asset',
  'issue',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * The verb of a relationship as its modality reads: what the brief says *is* (fact), what it
 * judges (assessment) and what it says *should be* (recommendation). Every renderer uses this,
 * so an exported image never states a recommendation as a fact:
 * "provokes", "is assessed to provoke", "should hold talks with".
 */
export function modalVerb(type: string, modality: Modality): string {
  const definition = getRelationshipType(type);
  switch (modality) {
    case 'fact':
      return definition.label;
    case 'assessment':
      return `is assessed to ${definition.baseLabel}`;
    case 'recommendation':
      return `should ${definition.baseLabel}`;
  }
}

/**
 * The verb of a negative finding, "not" in words whatever the modality: "does not support",
 * "is not allied with", "is assessed not to oppose", "should not hold talks with".
 */
export function negatedVerb(type: string, modality: Modality): string {
  const base = getRelationshipType(type).baseLabel;
  switch (modality) {
    case 'fact':
      return base.startsWith('be ') ? `is not ${base.slice(3)}` : `does not ${base}`;
    case 'assessment':
      return `is assessed not to ${base}`;
    case 'recommendation':
      return `should not ${base}`;
  }
}
