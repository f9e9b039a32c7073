/**
 * The read-only embed page, /embed/:id: the server's SVG of the graph inlined, a legend, the
 * source line, and one small inline script. It behaves as map embeds do inside a host page:
 *
 * - a plain wheel scrolls the host page (a hint says how to zoom); Ctrl/⌘ + wheel, a trackpad
 *   pinch (which arrives as Ctrl + wheel), a two-finger touch pinch, the zoom buttons and the
 *   + / − / 0 keys zoom; a mouse drag or two fingers pan; one finger scrolls the page;
 * - the graph is ONE keyboard stop (a focusable region): arrow keys move between actors and
 *   relationships by direction, Enter or Space shows the quote, Escape hides it, Shift + arrows
 *   pan; what is reached is announced in a live region;
 * - hovering or tapping an element shows its quotes and modality.
 *
 * Nothing is editable and nothing is fetched. The script is constant, so the page's CSP allows
 * it by hash: the page stays cacheable forever, which a per-response nonce would defeat.
 */
import { createHash } from 'node:crypto';
import type { Snapshot, SnapshotLinks } from '@briefgraph/graph/domain/schemas';
import {
  ACTOR_KIND_STYLES,
  MODALITY_STYLES,
  MUTED_TEXT_COLOR,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { legendGroups } from './legend.ts';
import {
  drawsMixedBundles,
  highlightOf,
  lineHeading,
  relationshipHeading,
  renderGraphSvg,
  snapshotFiltersLine,
} from './render-svg.ts';
import { drawnElements, type Scene } from './scene.ts';
import { socialMeta } from './social-meta.ts';
import { escapeXml, jsonForScript } from './xml.ts';

const SCRIPT = `(() => {
  const stage = document.getElementById('stage');
  const svg = stage.querySelector('svg');
  const tip = document.getElementById('tip');
  const hint = document.getElementById('hint');
  const status = document.getElementById('status');
  const data = JSON.parse(document.getElementById('evidence').textContent);
  const base = svg.viewBox.baseVal;
  const home = { x: base.x, y: base.y, w: base.width, h: base.height };
  let vb = { ...home };
  let drag = null;
  let current = null;
  const apply = () => svg.setAttribute('viewBox', vb.x + ' ' + vb.y + ' ' + vb.w + ' ' + vb.h);
  const toUser = (cx, cy) => new DOMPoint(cx, cy).matrixTransform(svg.getScreenCTM().inverse());
  const centre = () => { const r = svg.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; };
  const zoom = (f, cx, cy) => {
    const w = vb.w * f;
    if (w < home.w / 25 || w > home.w * 4) return;
    const p = toUser(cx, cy);
    vb = { x: p.x - (p.x - vb.x) * f, y: p.y - (p.y - vb.y) * f, w, h: vb.h * f };
    apply();
  };
  const pan = (dx, dy) => { const s = svg.getScreenCTM().a; vb.x -= dx / s; vb.y -= dy / s; apply(); };
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  let hintTimer = 0;
  const showHint = (text) => {
    hint.textContent = text;
    hint.hidden = false;
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => { hint.hidden = true; }, 1600);
  };
  const hide = () => { tip.hidden = true; };
  const line = (tag, cls, text) => { const e = document.createElement(tag); e.className = cls; e.textContent = text; return e; };
  const infoOf = (el) => el.dataset.relationshipId ? data.relationships[el.dataset.relationshipId] : data.actors[el.dataset.actorId];
  const show = (el, x, y) => {
    const d = infoOf(el);
    if (!d) return hide();
    tip.replaceChildren(line('strong', 'head', d.heading));
    for (const item of d.items || []) {
      if (d.items.length > 1) tip.append(line('span', 'member', item.heading));
      tip.append(line('span', 'modality', item.modality));
      for (const q of item.quotes) tip.append(line('blockquote', 'quote', '\\u201c' + q + '\\u201d'));
    }
    tip.hidden = false;
    const room = tip.parentElement.getBoundingClientRect();
    const left = Math.min(x - room.left + 14, room.width - tip.offsetWidth - 8);
    const below = y - room.top + 14;
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (below + tip.offsetHeight > room.height ? Math.max(8, y - room.top - tip.offsetHeight - 14) : below) + 'px';
  };
  const spoken = (d) => [d.heading, ...(d.items || []).flatMap((i) => [(d.items.length > 1 ? i.heading + '. ' : '') + i.modality + '.', ...i.quotes])].join(' ');
  const target = (e) => e.target.closest && e.target.closest('[data-relationship-id],[data-actor-id]');
  const items = [...svg.querySelectorAll('[data-actor-id],[data-relationship-id]')];
  const at = (el) => infoOf(el).at;
  const reveal = (el) => {
    const [x, y] = at(el);
    const m = Math.min(vb.w, vb.h) * 0.1;
    if (x < vb.x + m || x > vb.x + vb.w - m || y < vb.y + m || y > vb.y + vb.h - m) {
      vb.x = x - vb.w / 2; vb.y = y - vb.h / 2; apply();
    }
  };
  const setCurrent = (el) => {
    if (current) current.classList.remove('current');
    current = el;
    el.classList.add('current');
    reveal(el);
    hide();
    status.textContent = infoOf(el).heading;
  };
  const first = () => svg.querySelector('.node.path') || items.reduce((best, el) => {
    const [x, y] = at(el);
    const d = Math.hypot(x - (vb.x + vb.w / 2), y - (vb.y + vb.h / 2));
    return !best || d < best.d ? { el, d } : best;
  }, null)?.el;
  // The nearest element in the direction asked, favouring those straight ahead.
  const move = (dx, dy) => {
    if (!current) { const f = first(); if (f) setCurrent(f); return; }
    const [cx, cy] = at(current);
    let best = null;
    let bestScore = Infinity;
    for (const el of items) {
      if (el === current) continue;
      const [x, y] = at(el);
      const ahead = (x - cx) * dx + (y - cy) * dy;
      if (ahead <= 0.5) continue;
      const score = ahead + 2.5 * Math.abs((x - cx) * dy - (y - cy) * dx);
      if (score < bestScore) { bestScore = score; best = el; }
    }
    if (best) setCurrent(best);
  };
  const open = () => {
    if (!current) return;
    const r = current.getBoundingClientRect();
    show(current, r.left + r.width / 2, r.top + r.height / 2);
    status.textContent = spoken(infoOf(current));
  };
  stage.addEventListener('wheel', (e) => {
    if (e.ctrlKey || e.metaKey) { e.preventDefault(); zoom(Math.exp(e.deltaY * 0.0015), e.clientX, e.clientY); }
    else showHint(mac ? 'Use \\u2318 + scroll to zoom' : 'Use Ctrl + scroll to zoom');
  }, { passive: false });
  let pinch = null;
  const touches = (e) => [...e.touches].map((t) => [t.clientX, t.clientY]);
  stage.addEventListener('touchstart', (e) => {
    if (e.touches.length < 2) { showHint('Use two fingers to move the graph'); return; }
    const [a, b] = touches(e);
    pinch = { d: Math.hypot(a[0] - b[0], a[1] - b[1]), x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2 };
  }, { passive: true });
  stage.addEventListener('touchmove', (e) => {
    if (!pinch || e.touches.length < 2) return;
    e.preventDefault();
    const [a, b] = touches(e);
    const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
    const x = (a[0] + b[0]) / 2, y = (a[1] + b[1]) / 2;
    pan(x - pinch.x, y - pinch.y);
    if (d > 0 && pinch.d > 0) zoom(pinch.d / d, x, y);
    pinch = { d, x, y };
  }, { passive: false });
  stage.addEventListener('touchend', (e) => { if (e.touches.length < 2) pinch = null; });
  svg.addEventListener('pointerdown', (e) => { if (e.button === 0) drag = { x: e.clientX, y: e.clientY, id: e.pointerId, moved: false, touch: e.pointerType === 'touch' }; });
  svg.addEventListener('pointermove', (e) => {
    if (!drag || drag.touch) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.setPointerCapture(drag.id); svg.classList.add('dragging'); hide(); }
    drag.x = e.clientX; drag.y = e.clientY;
    pan(dx, dy);
  });
  const stop = (e) => {
    if (drag && !drag.moved && e.type === 'pointerup') { const el = target(e); if (el) show(el, e.clientX, e.clientY); else hide(); }
    drag = null; svg.classList.remove('dragging');
  };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointercancel', stop);
  svg.addEventListener('pointerover', (e) => { const el = target(e); if (el && !drag) show(el, e.clientX, e.clientY); });
  svg.addEventListener('pointerout', (e) => { const el = target(e); if (el && !el.contains(e.relatedTarget)) hide(); });
  stage.addEventListener('focus', () => { if (!current) { const f = first(); if (f) setCurrent(f); } });
  stage.addEventListener('blur', hide);
  const arrows = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  const keys = { '+': () => zoom(0.8, ...centre()), '=': () => zoom(0.8, ...centre()), '-': () => zoom(1.25, ...centre()),
    '0': () => { vb = { ...home }; apply(); }, Enter: open, ' ': open, Escape: hide, Home: () => { const f = first(); if (f) setCurrent(f); } };
  stage.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const arrow = arrows[e.key];
    if (arrow) { if (e.shiftKey) pan(-40 * arrow[0], -40 * arrow[1]); else move(arrow[0], arrow[1]); e.preventDefault(); return; }
    const k = keys[e.key];
    if (k) { k(); if (e.key !== 'Escape') e.preventDefault(); }
  });
  const legend = document.getElementById('legend');
  if (legend && innerHeight >= 720) legend.open = true;
  document.querySelector('.controls').addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (b) (b.dataset.zoom === 'in' ? keys['+'] : b.dataset.zoom === 'out' ? keys['-'] : keys['0'])();
  });
})();`;

export const EMBED_SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;

/** Nothing but the inline script, inline styles and data: images; framing by any site. */
export const EMBED_CSP = [
  "default-src 'none'",
  `script-src '${EMBED_SCRIPT_HASH}'`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:flex;flex-direction:column;font:14px/1.4 "DejaVu Sans",Inter,system-ui,sans-serif;color:${TEXT_COLOR};background:#fff}
header{padding:10px 16px 4px}
h1{margin:0;font-size:18px;line-height:1.3}
header p{margin:2px 0 0;color:${MUTED_TEXT_COLOR};font-size:14px;white-space:pre-line}
header p.filters{color:${TEXT_COLOR}}
main{position:relative;flex:1;min-height:160px}
#stage{position:absolute;inset:0;outline:none}
#stage:focus-visible{box-shadow:inset 0 0 0 3px #1f5fbf}
#stage svg{position:absolute;inset:0;width:100%;height:100%;touch-action:pan-x pan-y;cursor:grab;user-select:none}
#stage svg.dragging{cursor:grabbing}
#stage [data-relationship-id]{cursor:pointer}
#stage [data-relationship-id]:is(:hover,.current) path:not(.hit){stroke-width:4.5}
#stage [data-actor-id]:is(:hover,.current)>:first-child{stroke:#f2b705;stroke-width:4}
#stage .current{opacity:1}
.controls{position:absolute;top:8px;right:8px;display:flex;gap:4px}
.controls button{min-width:32px;height:32px;border:1px solid #cbd5e0;border-radius:6px;background:#fff;color:${TEXT_COLOR};font:inherit;font-size:16px;cursor:pointer}
.controls button:focus-visible{outline:2px solid #1f5fbf;outline-offset:1px}
.controls button.fit{font-size:14px;padding:0 8px}
#hint{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);padding:10px 16px;border-radius:8px;background:rgba(26,32,44,.85);color:#fff;font-size:15px;pointer-events:none;z-index:3}
#tip{position:absolute;max-width:min(380px,90%);padding:8px 10px;background:#fff;border:1px solid #cbd5e0;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.15);font-size:14px;pointer-events:none;z-index:2}
#tip .head,#tip .member{display:block}
#tip .member{margin-top:6px;font-weight:bold}
#tip .modality{display:inline-block;margin-top:4px;padding:0 6px;border-radius:8px;background:#edf2f7;color:${MUTED_TEXT_COLOR};font-size:12px}
#tip .quote{margin:6px 0 0;padding-left:8px;border-left:3px solid #cbd5e0;font-style:italic}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{padding:4px 16px 8px;font-size:13px;color:${MUTED_TEXT_COLOR}}
#legend{margin:0 0 4px;border-top:1px solid #e2e8f0}
#legend summary{padding:4px 0;cursor:pointer;font-weight:bold;color:${MUTED_TEXT_COLOR}}
#legend summary:focus-visible{outline:2px solid #1f5fbf;outline-offset:1px}
.legend{margin:0;display:flex;flex-wrap:wrap;gap:0 18px}
.legend div{display:flex;gap:8px;align-items:flex-start;line-height:20px}
.legend dt{flex:none;font-weight:bold}
.legend dd{margin:0;display:flex;flex-wrap:wrap;gap:0 12px}
.legend span{display:inline-flex;align-items:center;gap:4px;height:20px;color:${TEXT_COLOR}}
footer p{margin:0}
footer a{color:#1f5fbf}
`;

function legendHtml(snapshot: Snapshot): string {
  const drawn = drawnElements(snapshot);
  const groups = legendGroups({
    nodes: drawn.nodes,
    edges: drawn.edges,
    highlight: highlightOf(snapshot, drawn),
    merged: drawsMixedBundles(snapshot, drawn),
    corroboration: snapshot.corroboration,
  });
  const rows = groups.map(
    (group) =>
      `<div><dt>${escapeXml(group.title)}</dt><dd>${group.items
        .map(
          (item) =>
            `<span><svg width="30" height="16" viewBox="0 -8 30 16" aria-hidden="true">${item.swatch}</svg>${escapeXml(item.label)}</span>`,
        )
        .join('')}</dd></div>`,
  );
  // Folded in a small frame (the script opens it where there is room), so the graph keeps its space.
  return `<details id="legend"><summary>Legend</summary><dl class="legend">${rows.join('')}</dl></details>`;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** What the tooltip shows and where each element is (for the keyboard), by element id. */
function tooltipData(scene: Scene) {
  return {
    relationships: Object.fromEntries(
      scene.edges.map((e) => [
        e.id,
        {
          heading: lineHeading(e),
          items: e.members.map((rel) => ({
            heading: relationshipHeading(e, rel),
            modality: MODALITY_STYLES[rel.modality].label,
            quotes: rel.evidence.map((ev) => ev.quote),
          })),
          at: [round(e.curve.mid.x), round(e.curve.mid.y)],
        },
      ]),
    ),
    actors: Object.fromEntries(
      scene.nodes.map((n) => [
        n.actor.id,
        {
          heading: `${n.actor.name} (${ACTOR_KIND_STYLES[n.actor.kind].label})`,
          at: [round(n.x), round(n.y)],
        },
      ]),
    ),
  };
}

export interface EmbedPageOptions {
  bare: boolean;
  links: SnapshotLinks;
  oembedUrl: string;
}

export function renderEmbedPage(snapshot: Snapshot, options: EmbedPageOptions): string {
  const { svg, scene } = renderGraphSvg(snapshot);
  const { links } = options;
  const title = escapeXml(snapshot.title);
  const filters = snapshotFiltersLine(snapshot, drawnElements(snapshot));
  const header = options.bare
    ? ''
    : `<header><h1>${title}</h1>${snapshot.caption ? `<p>${escapeXml(snapshot.caption)}</p>` : ''}${filters ? `<p class="filters">${escapeXml(filters)}</p>` : ''}</header>`;
  const source = snapshot.source ? `${escapeXml(snapshot.source)} · ` : '';
  const help =
    'Arrow keys move between actors and relationships, Enter shows the quote, plus and minus zoom, 0 fits, Shift with an arrow pans.';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · briefgraph</title>
${socialMeta(snapshot, links, options.oembedUrl)}
<style>${STYLE}</style>
</head>
<body${options.bare ? ' class="bare"' : ''}>
${header}
<main>
<div id="stage" tabindex="0" role="application" aria-roledescription="graph" aria-label="${title}: ${scene.nodes.length} actors, ${scene.edges.length} relationships" aria-describedby="help">${svg}</div>
<p id="help" class="sr-only">${help}</p>
<div id="status" class="sr-only" role="status" aria-live="polite"></div>
<div class="controls" role="toolbar" aria-label="Zoom"><button type="button" data-zoom="in" aria-label="Zoom in">+</button><button type="button" data-zoom="out" aria-label="Zoom out">−</button><button type="button" data-zoom="fit" class="fit" aria-label="Fit the graph">Fit</button></div>
<div id="hint" aria-hidden="true" hidden></div>
<div id="tip" role="tooltip" hidden></div>
</main>
<footer>
${options.bare ? '' : legendHtml(snapshot)}
<p>${source}<a href="${escapeXml(links.url)}" target="_blank" rel="noopener">Open in briefgraph</a></p>
</footer>
<script type="application/json" id="evidence">${jsonForScript(tooltipData(scene))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
