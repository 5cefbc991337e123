/**
 * A storage adapter kept in memory, written the way a user would write one: against the storage
 * SPI of {@code slumber-spi} alone, and checked with its compatibility kit. Use it for fast tests
 * and try-outs; read it to see what an adapter has to do. {@link
 * org.slumber.examples.memory.MemoryStorageProvider} is the only public class and says how to
 * swap the store in (one line of the builder, or a services entry on the class path).
 *
 * <h2>Who calls what</h2>
 *
 * <p>The core finds (or is given) the provider, asks {@code accepts} and {@code open} once at
 * start-up, calls {@code createSchema} with the models of every app it hosts, and closes the
 * store when the server stops. Each request then runs its storage calls as one unit of work:
 * {@code read} for GETs, {@code write} for everything that changes data, on the request's own
 * thread, with many requests at once. Inside a unit the core calls the session's operations, on
 * that thread only, and never keeps the session afterwards.
 *
 * <h2>How this adapter was written</h2>
 *
 * <p><b>The provider</b> ({@code name}, {@code accepts}, {@code open}). Decide which settings
 * are yours without opening anything: here no URL or a {@code memory:} URL, so {@code jdbc:} URLs
 * still reach adapter-mybatis. The core asks {@code accepts} only while discovering, so
 * {@code open} also gets the settings of a service that chose this store by name or in code:
 * it ignores a URL of another scheme, with one INFO line, so that choosing the store is the whole
 * swap (the pizza example's default {@code jdbc:derby:} URL needs no change). {@code open} gives
 * a new store every time; nothing is static, so
 * tests (and the kit, which opens a store per test) never see each other's data. Messages about
 * a URL name only its scheme, since the rest may hold a password.
 *
 * <p><b>createSchema.</b> The descriptors are all a store ever gets to know about tables: build
 * one table per model (rows by key, a key generator, an index per unique field, unique-together
 * group and reference field) and one per link. Check everything before changing anything, the
 * way a database refuses a bad foreign key: references must point at an existing table's key
 * column, with its type. Answer true only when a model's table was created, so the core knows to
 * create its first accounts; a repeated call changes nothing and answers false
 * ({@code Schemas}, {@code Table.create}).
 *
 * <p><b>read and write.</b> The data is one immutable value ({@code Database}), made of
 * persistent trees ({@code Tree}) that share everything a change does not touch. A read unit
 * takes the committed value and never waits. A write unit waits for a fair lock (one writer at a
 * time, so keys and unique values cannot be taken twice), derives new values as it goes, and
 * publishes the last one with a single volatile write when the work returns; when the work
 * throws, the new values are simply dropped, so rollback is free and the exception passes
 * through untouched. Each operation builds its result before it becomes the unit's state, so an
 * operation that fails changes nothing even when the work catches the exception. Sessions
 * refuse use after their unit, from another thread, and writes in a read unit, with the same
 * messages as adapter-mybatis ({@code MemoryStorage}, {@code MemorySession}).
 *
 * <p><b>find, findAll, select and page.</b> Rows leave as new maps holding every field, so the
 * caller may change them. Pages walk a tree downwards from {@code startAfter}: O(log n + limit),
 * the same near the end as at the start. A reverse relation ({@code Filter.equal} on a reference
 * field) walks that field's index, keyed by (value, row key); a linked page walks the link's
 * (owner, target) pairs. {@code select} looks one equality up through an index when it can and
 * checks the others row by row; null matches null. Keys and values are checked to be of the
 * field's Java type before any row is looked at ({@code Values}).
 *
 * <p><b>insert, update and delete.</b> Values go in checked like a SQL column would check them
 * (type, null, length, decimal digits; decimals get the column's scale) and are stored in
 * immutable rows ({@code Row}). A generated key is taken from the table's generator, and an
 * explicit key at or above it moves the generator past it. Unique fields and groups are checked
 * through their indexes, ignoring nulls; references must point at existing rows. {@code delete}
 * collects the rows it takes along through CASCADE references, transitively, then refuses when
 * a RESTRICT reference from a surviving row points at one of them, then nulls SET_NULL
 * references and removes link pairs and rows ({@code Deletion}). {@code update} never changes
 * the key.
 *
 * <p><b>link, unlink and linked.</b> A link table keeps its pairs twice, by owner and by
 * target, so both ends can be found in O(log n) when linking, paging or deleting. Linking a row
 * that does not exist is a {@code ReferenceViolation}; {@code linked} gives each target once
 * ({@code LinkTable}).
 *
 * <p><b>Failures.</b> Every message names the model (or link), the operation and, where it
 * helps, the field, and never a value of a row: a unique violation carries the model and the
 * fields of the broken constraint, a reference violation the model whose write or delete broke
 * it. Waiting too long for the writers' lock gives a {@code Transient} failure.
 *
 * <p><b>Checking it.</b> {@code MemoryStorageTest} in this package's tests extends
 * {@link org.slumber.spi.tck.StorageCompatibilityKit} in a dozen lines: say which provider and
 * how to name a fresh store. The kit also runs in seconds here, so run it on every change.
 *
 * <h2>Thread safety</h2>
 *
 * <p>The provider and every open store are safe for any number of threads: readers share
 * immutable snapshots, writers take turns on the lock, and close is idempotent. A session
 * belongs to one unit of work on one thread. There is no static mutable state.
 */
package org.slumber.examples.memory;
