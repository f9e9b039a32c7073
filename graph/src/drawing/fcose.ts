/// <reference path="./cytoscape-fcose.d.ts" />
/**
 * Registers the fcose layout with Cytoscape, once, for whoever lays out a graph: the explorer's
 * adapter in the browser and the headless layout on the server (layout.ts).
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
