/**
 * Supervision of a running local Neo4j will live here: when the JVM exits while nobody asked it
 * to stop, start it again for the same home and port, with an increasing delay between attempts
 * (for example 1 s, 2 s, 4 s … capped), giving up after a few crashes in a row and saying so.
 *
 * Not written yet. What it builds on, so it stays a layer over start-stop.ts rather than a change
 * inside it:
 * - startLocalNeo4j() (start-stop.ts) is safe to call again for the same home: stale run files
 *   and re-parented JVMs are cleared first (stale-jvm.ts);
 * - LocalNeo4j.exited resolves on every exit, and start-stop.ts already logs the console.log tail
 *   of an unexpected one; stop() marks the exit as expected.
 * A supervised handle should keep the LocalNeo4j shape (uri, pid of the current JVM, stop(),
 * exited) so the server's openDatabase() can take it without change; the driver reconnects by itself.
 */
export {};
