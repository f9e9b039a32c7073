// cytoscape-fcose ships no types; it is a Cytoscape extension registered with cytoscape.use().
// The one declaration for client and server: fcose.ts references it, so any program that
// imports that module sees it.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  const fcose: Ext;
  export default fcose;
}
