/**
 * The read-only embed page, /embed/:id: the server's SVG of the graph inlined, a legend, the
 * source line, and one small inline script for pan (drag, arrow keys), zoom (wheel, +/−, Fit)
 * and a tooltip that shows a relationship's quotes and modality on hover, tap or keyboard focus.
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
import { relationshipHeading, renderGraphSvg } from './render-svg.ts';
import { escapeXml, jsonForScript } from './xml.ts';

const SCRIPT = `(() => {
  const svg = document.querySelector('#stage svg');
  const tip = document.getElementById('tip');
  const data = JSON.parse(document.getElementById('evidence').textContent);
  const base = svg.viewBox.baseVal;
  const home = { x: base.x, y: base.y, w: base.width, h: base.height };
  let vb = { ...home };
  let drag = null;
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
  const hide = () => { tip.hidden = true; };
  const line = (tag, cls, text) => { const e = document.createElement(tag); e.className = cls; e.textContent = text; return e; };
  const show = (el, x, y) => {
    const r = el.dataset.relationshipId;
    const d = r ? data.relationships[r] : data.actors[el.dataset.actorId];
    if (!d) return hide();
    tip.replaceChildren(line('strong', 'head', d.heading));
    if (d.modality) tip.append(line('span', 'modality', d.modality));
    for (const q of d.quotes || []) tip.append(line('blockquote', 'quote', '\\u201c' + q + '\\u201d'));
    tip.hidden = false;
    const room = tip.parentElement.getBoundingClientRect();
    const left = Math.min(x - room.left + 14, room.width - tip.offsetWidth - 8);
    const below = y - room.top + 14;
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (below + tip.offsetHeight > room.height ? Math.max(8, y - room.top - tip.offsetHeight - 14) : below) + 'px';
  };
  const target = (e) => e.target.closest && e.target.closest('[data-relationship-id],[data-actor-id]');
  svg.addEventListener('wheel', (e) => { e.preventDefault(); zoom(Math.exp(e.deltaY * 0.0015), e.clientX, e.clientY); }, { passive: false });
  svg.addEventListener('pointerdown', (e) => { if (e.button === 0) drag = { x: e.clientX, y: e.clientY, id: e.pointerId, moved: false }; });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.setPointerCapture(drag.id); svg.classList.add('dragging'); hide(); }
    drag.x = e.clientX; drag.y = e.clientY;
    pan(dx, dy);
  });
  const stop = (e) => {
    if (drag && !drag.moved) { const el = target(e); if (el) show(el, e.clientX, e.clientY); else hide(); }
    drag = null; svg.classList.remove('dragging');
  };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointercancel', stop);
  svg.addEventListener('pointerover', (e) => { const el = target(e); if (el && !drag) show(el, e.clientX, e.clientY); });
  svg.addEventListener('pointerout', (e) => { const el = target(e); if (el && !el.contains(e.relatedTarget)) hide(); });
  svg.addEventListener('focusin', (e) => { const el = target(e); if (el) { const r = el.getBoundingClientRect(); show(el, r.left + r.width / 2, r.top + r.height / 2); } });
  svg.addEventListener('focusout', hide);
  const keys = { '+': () => zoom(0.8, ...centre()), '=': () => zoom(0.8, ...centre()), '-': () => zoom(1.25, ...centre()),
    '0': () => { vb = { ...home }; apply(); }, ArrowLeft: () => pan(40, 0), ArrowRight: () => pan(-40, 0),
    ArrowUp: () => pan(0, 40), ArrowDown: () => pan(0, -40), Escape: hide };
  document.addEventListener('keydown', (e) => { const k = keys[e.key]; if (k && !e.ctrlKey && !e.metaKey) { k(); if (e.key !== 'Escape') e.preventDefault(); } });
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
header{padding:12px 16px 4px}
h1{margin:0;font-size:18px;line-height:1.3}
header p{margin:4px 0 0;color:${MUTED_TEXT_COLOR};font-size:13px;white-space:pre-line}
main{position:relative;flex:1;min-height:160px}
#stage,#stage svg{position:absolute;inset:0;width:100%;height:100%}
#stage svg{touch-action:none;cursor:grab;user-select:none}
#stage svg.dragging{cursor:grabbing}
#stage [data-relationship-id]{cursor:pointer}
#stage [data-relationship-id]:is(:hover,:focus) path:not(.hit){stroke-width:4.5}
#stage [data-actor-id]:is(:hover,:focus)>:first-child{stroke:#f2b705;stroke-width:4}
#stage :focus{outline:none}
.controls{position:absolute;top:8px;right:8px;display:flex;gap:4px}
.controls button{min-width:32px;height:32px;border:1px solid #cbd5e0;border-radius:6px;background:#fff;color:${TEXT_COLOR};font:inherit;font-size:16px;cursor:pointer}
.controls button:focus-visible{outline:2px solid #1f5fbf;outline-offset:1px}
.controls button.fit{font-size:12px;padding:0 8px}
#tip{position:absolute;max-width:min(380px,90%);padding:8px 10px;background:#fff;border:1px solid #cbd5e0;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.15);font-size:13px;pointer-events:none;z-index:2}
#tip .head{display:block}
#tip .modality{display:inline-block;margin-top:4px;padding:0 6px;border-radius:8px;background:#edf2f7;color:${MUTED_TEXT_COLOR};font-size:11px}
#tip .quote{margin:6px 0 0;padding-left:8px;border-left:3px solid #cbd5e0;font-style:italic}
footer{padding:4px 16px 10px;font-size:12px;color:${MUTED_TEXT_COLOR}}
.legend{margin:0 0 6px;padding:6px 0 0;border-top:1px solid #e2e8f0}
.legend div{display:flex;gap:8px;align-items:flex-start;line-height:20px}
.legend dt{flex:none;width:96px;font-weight:bold}
.legend dd{margin:0;display:flex;flex-wrap:wrap;gap:0 14px}
.legend span{display:inline-flex;align-items:center;gap:5px;height:20px;color:${TEXT_COLOR}}
footer p{margin:0}
footer a{color:#1f5fbf}
`;

function legendHtml(snapshot: Snapshot): string {
  const rows = legendGroups(snapshot).map(
    (group) =>
      `<div><dt>${escapeXml(group.title)}</dt><dd>${group.items
        .map(
          (item) =>
            `<span><svg width="30" height="16" viewBox="0 -8 30 16" aria-hidden="true">${item.swatch}</svg>${escapeXml(item.label)}</span>`,
        )
        .join('')}</dd></div>`,
  );
  return `<dl class="legend" aria-label="Legend">${rows.join('')}</dl>`;
}

/** What the tooltip shows, by element id. */
function tooltipData(scene: ReturnType<typeof renderGraphSvg>['scene']) {
  return {
    relationships: Object.fromEntries(
      scene.edges.map((e) => [
        e.rel.id,
        {
          heading: relationshipHeading(e),
          modality: MODALITY_STYLES[e.rel.modality].label,
          quotes: e.rel.evidence.map((ev) => ev.quote),
        },
      ]),
    ),
    actors: Object.fromEntries(
      scene.nodes.map((n) => [
        n.actor.id,
        { heading: `${n.actor.name} (${ACTOR_KIND_STYLES[n.actor.kind].label})`, quotes: [] as string[] },
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
  const header = options.bare
    ? ''
    : `<header><h1>${title}</h1>${snapshot.caption ? `<p>${escapeXml(snapshot.caption)}</p>` : ''}</header>`;
  const source = snapshot.source ? `${escapeXml(snapshot.source)} · ` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · briefgraph</title>
<link rel="alternate" type="application/json+oembed" href="${escapeXml(options.oembedUrl)}" title="${title}">
<meta property="og:type" content="website">
<meta property="og:title" content="${title}">
${snapshot.caption ? `<meta property="og:description" content="${escapeXml(snapshot.caption)}">\n` : ''}<meta property="og:image" content="${escapeXml(`${links.pngUrl}?scale=1`)}">
<meta property="og:url" content="${escapeXml(links.url)}">
<meta name="twitter:card" content="summary_large_image">
<style>${STYLE}</style>
</head>
<body${options.bare ? ' class="bare"' : ''}>
${header}
<main>
<div id="stage">${svg}</div>
<div class="controls" role="toolbar" aria-label="Zoom"><button type="button" data-zoom="in" aria-label="Zoom in">+</button><button type="button" data-zoom="out" aria-label="Zoom out">−</button><button type="button" data-zoom="fit" class="fit" aria-label="Fit the graph">Fit</button></div>
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
