import type { Actor, BriefMetadata, Evidence, Path, Relationship } from '@briefgraph/graph/domain/schemas';
import { ACTOR_KIND_STYLES, MODALITY_STYLES } from '@briefgraph/graph/domain/style-tokens';
import {
  getRelationshipType,
  isRelationshipTypeName,
  MODALITY_DESCRIPTIONS,
  RELATIONSHIP_TYPES,
} from '@briefgraph/graph/domain/vocabulary';
import { FOCUS_DEPTHS, type Focus } from '../state/url-state.ts';
import {
  formatDate,
  hopConnector,
  type NameOf,
  pathChain,
  pathHops,
  quadClassText,
  relationshipSentence,
  type Sentence,
  typeDisplayName,
} from '../text/sentences.ts';
import { h } from './dom.ts';
import { kindSwatch, typeColor, typeSwatch } from './swatches.ts';

/**
 * The side panel: what is selected, in sentences, with the brief's own words under each one.
 * An actor, a relationship, a chosen path, or (nothing selected) a way in for keyboard users.
 */

export interface DetailsHandlers {
  onSelectActor(id: string): void;
  onSelectRelationship(id: string): void;
  onExpand(actorId: string): void;
  onFocus(actorId: string, depth: number): void;
  onClearFocus(): void;
  onPathFrom(actorId: string): void;
  onShowEvidence(relationshipId: string, evidence: Evidence): void;
  onClearSelection(): void;
}

export interface DetailsContext {
  readonly nameOf: NameOf;
  readonly briefs: ReadonlyMap<string, BriefMetadata>;
}

export function sentenceElement(s: Sentence): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(
    h('span', { class: 'sentence-actor' }, s.subject),
    ' ',
    h('strong', { class: 'sentence-verb' }, s.verb),
    ' ',
    h('span', { class: 'sentence-actor' }, s.object),
  );
  return f;
}

export function modalityTag(rel: Relationship): HTMLElement {
  return h(
    'span',
    { class: `tag tag-${rel.modality}`, title: `Modality: ${MODALITY_STYLES[rel.modality].label}` },
    MODALITY_STYLES[rel.modality].label,
  );
}

export function quoteElement(rel: Relationship, evidence: Evidence, cite: string | null): HTMLElement {
  return h(
    'figure',
    { class: `quote quote-${rel.modality}`, style: `--type-color:${typeColor(rel.type)}` },
    h('blockquote', null, `“${evidence.quote}”`),
    cite ? h('figcaption', null, cite) : null,
  );
}

export function briefCitation(meta: BriefMetadata | undefined, briefId: string): string {
  if (!meta) return briefId;
  const authors = meta.authors.map((a) => a.name).join(', ');
  return `${meta.title} — ${authors}, ${meta.publisher}, ${formatDate(meta.publishedOn)}`;
}

/** 'growthRate' → 'Growth rate'. */
function attributeLabel(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function panelHeader(kicker: string, title: string, onClose: () => void, extra?: Node): HTMLElement {
  return h(
    'header',
    { class: 'panel-header' },
    h(
      'div',
      { class: 'panel-heading' },
      h('p', { class: 'kicker' }, kicker),
      h('h2', { id: 'details-title', tabindex: '-1' }, title),
      extra ?? null,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button',
        'aria-label': 'Clear selection (Esc)',
        title: 'Clear selection (Esc)',
        onclick: onClose,
      },
      '×',
    ),
  );
}

/** `readOnly`: a snapshot's panel, which offers nothing that would bring in more of the graph. */
export function createDetailsPanel(
  container: HTMLElement,
  handlers: DetailsHandlers,
  options: { readOnly?: boolean } = {},
) {
  const readOnly = options.readOnly ?? false;
  function show(...children: Array<Node | null>) {
    container.replaceChildren(...children.filter((c): c is Node => c !== null));
    container.scrollTop = 0;
  }

  return {
    showOverview(
      summary: {
        actors: number;
        relationships: number;
        briefs: number;
        top: readonly Actor[];
        truncated: boolean;
      },
      nameOf: NameOf,
    ) {
      show(
        h(
          'header',
          { class: 'panel-header' },
          h(
            'div',
            { class: 'panel-heading' },
            h('p', { class: 'kicker' }, 'Explore'),
            h('h2', { id: 'details-title' }, 'Nothing selected'),
          ),
        ),
        h(
          'p',
          { class: 'muted' },
          `${summary.actors} actors and ${summary.relationships} relationships from ${summary.briefs} ${summary.briefs === 1 ? 'brief' : 'briefs'}${summary.truncated ? ' (the most connected actors)' : ''}. Click an actor or a relationship in the graph, press / to search, or start from one of these:`,
        ),
        h(
          'ul',
          { class: 'chip-list', 'aria-label': 'Most connected actors' },
          ...summary.top.map((a) =>
            h(
              'li',
              null,
              h(
                'button',
                { type: 'button', class: 'chip', onclick: () => handlers.onSelectActor(a.id) },
                kindSwatch(a.kind),
                nameOf(a.id),
              ),
            ),
          ),
        ),
      );
    },

    showActor(
      actor: Actor,
      rels: readonly Relationship[],
      hiddenCount: number,
      focus: Focus | null,
      ctx: DetailsContext,
    ) {
      const focused = focus?.actorId === actor.id;
      const depthSelect = h(
        'select',
        { id: 'focus-depth', 'aria-label': 'Focus depth' },
        ...FOCUS_DEPTHS.map((d) =>
          h(
            'option',
            { value: String(d), selected: (focused ? focus.depth : 1) === d },
            `${d} ${d === 1 ? 'step' : 'steps'}`,
          ),
        ),
      );
      depthSelect.addEventListener('change', () => {
        if (focused) handlers.onFocus(actor.id, Number(depthSelect.value));
      });
      const actions = h(
        'div',
        { class: 'panel-actions' },
        readOnly
          ? null
          : h(
              'button',
              { type: 'button', class: 'button', onclick: () => handlers.onExpand(actor.id) },
              'Expand neighbours',
            ),
        h(
          'div',
          { class: 'button-group' },
          focused
            ? h(
                'button',
                { type: 'button', class: 'button is-active', onclick: () => handlers.onClearFocus() },
                'Clear focus',
              )
            : h(
                'button',
                {
                  type: 'button',
                  class: 'button',
                  onclick: () => handlers.onFocus(actor.id, Number(depthSelect.value)),
                },
                'Focus',
              ),
          depthSelect,
        ),
        readOnly
          ? null
          : h(
              'button',
              { type: 'button', class: 'button', onclick: () => handlers.onPathFrom(actor.id) },
              'Find a path from here',
            ),
      );

      const groups = RELATIONSHIP_TYPES.map((t) => ({
        type: t,
        rels: rels.filter((r) => r.type === t.name),
      })).filter((g) => g.rels.length > 0);
      const kindLabel = ACTOR_KIND_STYLES[actor.kind].label;
      show(
        panelHeader(
          kindLabel,
          actor.name,
          handlers.onClearSelection,
          h('span', { class: 'kind-swatch' }, kindSwatch(actor.kind)),
        ),
        actor.aliases.length
          ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also: '), actor.aliases.join(' · '))
          : null,
        actions,
        h(
          'h3',
          { class: 'subhead' },
          `${rels.length} ${rels.length === 1 ? 'relationship' : 'relationships'}`,
          hiddenCount ? h('span', { class: 'muted' }, ` (${hiddenCount} hidden by filters)`) : null,
        ),
        ...groups.map((g) =>
          h(
            'section',
            { class: 'rel-group', 'aria-label': typeDisplayName(g.type.name) },
            h(
              'h4',
              { class: 'rel-group-title' },
              typeSwatch(g.type.name),
              typeDisplayName(g.type.name),
              h('span', { class: 'muted' }, ` ${g.rels.length}`),
            ),
            h(
              'ul',
              { class: 'rel-list' },
              ...g.rels.map((rel) => {
                const ev = rel.evidence[0];
                return h(
                  'li',
                  { class: 'rel-item' },
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'rel-sentence',
                      'data-testid': 'panel-relationship',
                      'data-relationship-id': rel.id,
                      onclick: () => handlers.onSelectRelationship(rel.id),
                    },
                    sentenceElement(relationshipSentence(rel, ctx.nameOf, actor.id)),
                  ),
                  modalityTag(rel),
                  ev ? quoteElement(rel, ev, null) : null,
                );
              }),
            ),
          ),
        ),
      );
    },

    showRelationship(rel: Relationship, ctx: DetailsContext) {
      const s = relationshipSentence(rel, ctx.nameOf);
      const def = isRelationshipTypeName(rel.type) ? getRelationshipType(rel.type) : null;
      const byBrief = new Map<string, Evidence[]>();
      for (const ev of rel.evidence) byBrief.set(ev.briefId, [...(byBrief.get(ev.briefId) ?? []), ev]);
      show(
        panelHeader(
          typeDisplayName(rel.type),
          `${s.subject} ${s.verb} ${s.object}`,
          handlers.onClearSelection,
          typeSwatch(rel.type, rel.modality),
        ),
        h(
          'h3',
          { class: 'subhead' },
          rel.evidence.length === 1 ? 'Evidence' : `Evidence · ${rel.evidence.length} quotes`,
        ),
        ...[...byBrief].map(([briefId, quotes]) =>
          h(
            'div',
            { class: 'evidence', 'data-testid': 'panel-evidence' },
            ...quotes.map((ev) =>
              h(
                'div',
                { class: 'evidence-quote' },
                quoteElement(rel, ev, null),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    onclick: () => handlers.onShowEvidence(rel.id, ev),
                  },
                  'Show in the brief',
                ),
              ),
            ),
            h('p', { class: 'citation' }, briefCitation(ctx.briefs.get(briefId), briefId)),
          ),
        ),
        h(
          'dl',
          { class: 'facts' },
          h('dt', null, 'Modality'),
          h(
            'dd',
            null,
            modalityTag(rel),
            ' ',
            h('span', { class: 'muted' }, MODALITY_DESCRIPTIONS[rel.modality]),
          ),
          h('dt', null, 'Quad class'),
          h('dd', null, quadClassText(rel.quadClass)),
          h('dt', null, 'Direction'),
          h('dd', null, rel.directed ? `${s.subject} → ${s.object}` : 'Undirected: reads both ways'),
          ...Object.entries(rel.attributes).flatMap(([k, v]) => [
            h('dt', null, attributeLabel(k)),
            h('dd', null, Array.isArray(v) ? v.join(', ') : String(v)),
          ]),
        ),
        def
          ? h(
              'p',
              { class: 'muted small type-description' },
              `${typeDisplayName(def.name)}: ${def.description}`,
            )
          : null,
        h(
          'div',
          { class: 'panel-actions' },
          h('span', { class: 'muted small' }, 'Go to'),
          h(
            'button',
            { type: 'button', class: 'button', onclick: () => handlers.onSelectActor(s.subjectId) },
            s.subject,
          ),
          h(
            'button',
            { type: 'button', class: 'button', onclick: () => handlers.onSelectActor(s.objectId) },
            s.object,
          ),
        ),
      );
    },

    showPath(path: Path, index: number, total: number, ctx: DetailsContext) {
      const hops = pathHops(path);
      const from = path.nodes[0]?.name ?? '';
      const to = path.nodes[path.nodes.length - 1]?.name ?? '';
      show(
        panelHeader(
          `Path ${index + 1} of ${total} · ${hops.length} ${hops.length === 1 ? 'hop' : 'hops'}`,
          `${from} to ${to}`,
          handlers.onClearSelection,
        ),
        h('p', { class: 'chain' }, pathChain(path)),
        h(
          'ol',
          { class: 'hop-list' },
          ...hops.map((hop) => {
            const rel = hop.relationship;
            const ev = rel.evidence[0];
            return h(
              'li',
              { class: 'hop' },
              h(
                'p',
                { class: 'hop-route' },
                h('span', { class: 'sentence-actor' }, ctx.nameOf(hop.fromId)),
                ' ',
                h(
                  'span',
                  { class: 'hop-connector', style: `color:${typeColor(rel.type)}` },
                  hopConnector(hop),
                ),
                ' ',
                h('span', { class: 'sentence-actor' }, ctx.nameOf(hop.toId)),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'rel-sentence',
                  'data-relationship-id': rel.id,
                  onclick: () => handlers.onSelectRelationship(rel.id),
                },
                sentenceElement(relationshipSentence(rel, ctx.nameOf)),
              ),
              modalityTag(rel),
              hop.alongArrow ? null : h('span', { class: 'tag tag-against' }, 'against the arrow'),
              ev ? quoteElement(rel, ev, briefCitation(ctx.briefs.get(ev.briefId), ev.briefId)) : null,
            );
          }),
        ),
      );
    },

    showMessage(kicker: string, title: string, text: string) {
      show(
        h(
          'header',
          { class: 'panel-header' },
          h(
            'div',
            { class: 'panel-heading' },
            h('p', { class: 'kicker' }, kicker),
            h('h2', { id: 'details-title' }, title),
          ),
        ),
        h('p', { class: 'muted' }, text),
      );
    },

    /** Moves keyboard focus into the panel, so Tab walks the selection's relationships next. */
    focusTitle() {
      container.querySelector<HTMLElement>('#details-title')?.focus({ preventScroll: true });
    },

    showMissing(kind: 'actor' | 'relationship', id: string) {
      show(
        panelHeader(kind === 'actor' ? 'Actor' : 'Relationship', id, handlers.onClearSelection),
        h('p', { class: 'notice' }, `No ${kind} “${id}” in the loaded graph. The link may be out of date.`),
      );
    },
  };
}

export type DetailsPanel = ReturnType<typeof createDetailsPanel>;
