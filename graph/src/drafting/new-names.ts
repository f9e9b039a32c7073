/**
 * Names the gazetteer does not know: people after a leader's title ("Chinese President Xi
 * Jinping"), summits of two actors ("China-Russia Summit"), acronyms ("IRA law"), regions
 * ("Asia-Pacific regions"), sectors ("semiconductor, and battery sectors"), and whatever
 * compromise tags as a person, an organisation or a place. Each is a new actor with its kind
 * guessed from how it was found.
 */
import nlp from 'compromise';
import type { ActorKind } from '../domain/vocabulary.ts';
import { actorIdFor } from './actor-ids.ts';
import type { GazetteerActor, Mention } from './gazetteer.ts';
import { LEADER_TITLES } from './type-cues.data.ts';

export interface Leadership {
  readonly person: string;
  /** "President", as written. */
  readonly title: string;
  readonly state: string;
  /** "Chinese President Xi Jinping": from the state's mention to the end of the name. */
  readonly start: number;
  readonly end: number;
}

export interface SummitEvent {
  readonly event: string;
  readonly participants: readonly [string, string];
  readonly start: number;
  readonly end: number;
}

export interface NewNames {
  readonly actors: GazetteerActor[];
  /** Mentions of the new actors, and the known mentions a summit's name swallowed removed. */
  readonly mentions: Mention[];
  readonly leaderships: Leadership[];
  readonly events: SummitEvent[];
}

const overlaps = (list: readonly Mention[], start: number, end: number) =>
  list.some((m) => start < m.end && m.start < end);

const NOT_A_NAME = new Set([
  ...LEADER_TITLES,
  'Government',
  'Date',
  'View',
  'First',
  'Second',
  'Third',
  'Finally',
]);

/** Acronyms that are no actor: roman numerals and the like. */
const NOT_AN_ACRONYM =
  /^(?:[IVXLC]+|OK|AM|PM|TV|CEO|GDP|PDF|A|AN|AND|ARE|AS|AT|BE|BUT|BY|CAN|FOR|IF|IN|IS|IT|NO|NOT|OF|ON|OR|SO|THE|TO|US|WE|WHO|WITH)$/;

/**
 * @param reserved ids of the gazetteer's actors: a new name whose id is taken by another actor
 *                 ("CAN" read as an acronym, Canada's code) gets its kind appended instead.
 */
/** In a line set in capitals ("CHINA AND RUSSIA: THE CASE"), every word looks like an acronym. */
function inCapitals(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(
    Math.max(lineStart, start - 12),
    Math.min(lineEnd < 0 ? text.length : lineEnd, end + 12),
  );
  return (line.match(/\b\p{Lu}{2,}\b/gu) ?? []).length > 1 && !/\p{Ll}{3}/u.test(line);
}

export function findNewNames(
  text: string,
  known: readonly Mention[],
  reserved: ReadonlySet<string> = new Set(),
): NewNames {
  const actors = new Map<string, GazetteerActor>();
  const mentions: Mention[] = [...known];
  const leaderships: Leadership[] = [];
  const events: SummitEvent[] = [];

  const add = (name: string, kind: ActorKind, start: number, end: number, aliases: string[] = []) => {
    if (end <= start || overlaps(mentions, start, end)) return undefined;
    const plain = actorIdFor(name);
    const id = reserved.has(plain) ? actorIdFor(`${name} ${kind}`) : plain;
    const existing = actors.get(id);
    if (existing) {
      for (const a of aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
    } else {
      actors.set(id, { id, name, kind, aliases, demonyms: [], metonyms: [] });
    }
    const mention: Mention = { actorId: id, start, end, surface: text.slice(start, end), form: 'name' };
    mentions.push(mention);
    return mention;
  };

  // Summits: two mentions joined by a hyphen before "summit" become one event actor.
  const sorted = [...known].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (text.slice(a.end, b.start) !== '-' || a.actorId === b.actorId) continue;
    const tail = /^\s+summit\b/iu.exec(text.slice(b.end));
    if (!tail) continue;
    const end = b.end + tail[0].length;
    const name = text.slice(a.start, end);
    const id = actorIdFor(name);
    mentions.splice(mentions.indexOf(a), 1);
    mentions.splice(mentions.indexOf(b), 1);
    if (!actors.has(id)) actors.set(id, { id, name, kind: 'event', aliases: [], demonyms: [], metonyms: [] });
    mentions.push({ actorId: id, start: a.start, end, surface: name, form: 'name' });
    events.push({ event: id, participants: [a.actorId, b.actorId], start: a.start, end });
  }

  // Leaders: "<state> President <Name Name>".
  const titles = LEADER_TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|');
  const leader = new RegExp(
    `\\b(${titles})\\s+(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){0,2})`,
    'gu',
  );
  for (const m of text.matchAll(leader)) {
    const name = m[2] ?? '';
    const start = m.index + m[0].length - name.length;
    const person = add(name, 'person', start, start + name.length);
    if (!person) continue;
    const state = known.find((k) => k.end <= m.index && /^\s+$/u.test(text.slice(k.end, m.index)));
    if (state)
      leaderships.push({
        person: person.actorId,
        state: state.actorId,
        title: (m[1] ?? '').replace(/\s+/gu, ' '),
        start: state.start,
        end: person.end,
      });
  }

  // Acronyms; "IRA law" is a policy.
  for (const m of text.matchAll(/\b\p{Lu}{2,6}\b/gu)) {
    if (NOT_AN_ACRONYM.test(m[0])) continue;
    if (inCapitals(text, m.index, m.index + m[0].length)) continue;
    const law = /^\s+(?:law|act|bill)\b/iu.exec(text.slice(m.index + m[0].length));
    const end = m.index + m[0].length + (law?.[0].length ?? 0);
    add(m[0], law ? 'policy' : 'organization', m.index, end, law ? [text.slice(m.index, end)] : []);
  }

  // Regions: capitalised names listed before "region(s)".
  const regionName = '(?:the\\s+)?\\p{Lu}[\\p{L}]+(?:-\\p{Lu}[\\p{L}]+)*';
  const region = new RegExp(
    `(${regionName})(?=(?:(?:,|,?\\s+and|,?\\s+or)\\s+${regionName})*,?\\s+regions?\\b)`,
    'gu',
  );
  for (const m of text.matchAll(region)) {
    const bare = m[0].replace(/^the\s+/u, '');
    const start = m.index + m[0].length - bare.length;
    add(bare, 'region', start, start + bare.length, m[0] === bare ? [] : [m[0]]);
  }

  // Sectors: lower-case nouns listed before "sector(s)".
  const sector = /\b(\p{Ll}+)(?=(?:(?:,|,?\s+and|,?\s+or)\s+\p{Ll}+)*,?\s+sectors?\b)/gu;
  for (const m of text.matchAll(sector)) {
    if (/^(?:and|or|the|of|in|a|an)$/u.test(m[0])) continue;
    const name = `${m[0][0]!.toUpperCase()}${m[0].slice(1)} sector`;
    add(name, 'sector', m.index, m.index + m[0].length, [m[0]]);
  }

  // compromise, for the rest.
  const doc = nlp(text);
  const tagged: [ActorKind, { json(options: { offset: boolean }): unknown }][] = [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['region', doc.places()],
  ];
  for (const [kind, view] of tagged) {
    // compromise's offsets count UTF-16 units of the text it was given, as String.slice does.
    for (const item of view.json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
      if (!item.offset) continue;
      const raw = text.slice(item.offset.start, item.offset.start + item.offset.length);
      const trimmed = /^[\s"“'‘(]*(.*?)(?:['’]s)?[\s"”'’),.;:!?-]*$/su.exec(raw)?.[1] ?? '';
      const start = item.offset.start + raw.indexOf(trimmed);
      const words = trimmed.split(/\s+/u);
      if (!trimmed || NOT_A_NAME.has(trimmed) || words.some((w) => !/^\p{Lu}/u.test(w))) continue;
      if (inCapitals(text, start, start + trimmed.length)) continue;
      if (kind !== 'organization' && words.length < 2) continue;
      add(trimmed, kind, start, start + trimmed.length);
    }
  }

  return {
    actors: [...actors.values()],
    mentions: mentions.sort((a, b) => a.start - b.start),
    leaderships,
    events,
  };
}
