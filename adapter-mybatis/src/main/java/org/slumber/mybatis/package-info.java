/**
 * The storage role on MyBatis: embedded Derby by default, PostgreSQL too.
 *
 * <p>{@link org.slumber.mybatis.MyBatisStorageProvider} is found with {@link java.util.ServiceLoader};
 * {@link org.slumber.mybatis.MyBatisStorage} opens storage in code. Everything else here is
 * internal:
 * <ul>
 *   <li>schema: {@code SchemaPlan} writes the DDL of a schema from its descriptors (quoted
 *       identifiers, deterministic constraint and index names), {@code SchemaCreator} runs what
 *       the catalog lacks;</li>
 *   <li>statements: {@code ModelStatements} and {@code LinkStatements} write every statement of a
 *       model or link once and register it in the MyBatis configuration, all values bound as
 *       {@code #{}} parameters; {@code ShapedSqlSource} serves statements whose text depends on
 *       the arguments; {@code StatementRegistry} keeps them per descriptor;</li>
 *   <li>values: {@code ValueTypes} and the type handlers give back exactly the Java type of each
 *       {@link org.slumber.spi.model.ValueType};</li>
 *   <li>databases: {@code Dialect} with {@code DerbyDialect} and {@code PostgresDialect};
 *       {@code IdentityKeeper} keeps identity generators ahead of explicit keys;</li>
 *   <li>units of work: {@code MyBatisSession} runs the operations, {@code StorageFailures}
 *       turns driver failures into {@link org.slumber.spi.storage.StorageException}s.</li>
 * </ul>
 */
package org.slumber.mybatis;
