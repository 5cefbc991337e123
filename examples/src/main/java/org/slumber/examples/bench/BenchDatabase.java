package org.slumber.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slumber.core.Slumber;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;
import org.slumber.examples.pizza.PizzaExample;

/**
 * The on-disk Derby databases of the benchmarks: the schema is made by starting the pizza
 * example once on a new database (so it has exactly Slumber's tables, indexes and accounts),
 * then the rows are added with plain JDBC batch inserts (statement batches of 1,000, a commit
 * every 10,000 rows), with explicit keys, and the identity generators are moved past them.
 *
 * <p>Tables and columns are those the MyBatis adapter creates for the example: table
 * {@code slumber_examples_pizza} with the quoted lower-case columns {@code "id"}, {@code "name"},
 * and so on.
 */
public final class BenchDatabase {

    static final String SHOP = "\"slumber_examples_shop\"";
    static final String PIZZA = "\"slumber_examples_pizza\"";
    static final String PRICE = "\"slumber_examples_pizzaprice\"";

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 10_000;
    private static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 1);

    /** What the throughput database holds. */
    public record Seed(int pizzas, int shops, int pricesPerPizza) {
    }

    private BenchDatabase() {
    }

    /** The JDBC URL of an embedded database in a directory. */
    public static String url(Path directory) {
        return "jdbc:derby:" + directory.toAbsolutePath();
    }

    /**
     * Creates the throughput database anew: {@code pizzas} pizzas, the odd-numbered ones exclusive
     * to one of {@code shops} shops, each with {@code pricesPerPizza} prices.
     */
    public static void createServerDatabase(Path directory, Seed seed) {
        delete(directory);
        createSchema(directory);
        try (Connection connection = open(directory)) {
            insertShops(connection, seed.shops());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PIZZA
                    + " (\"id\", \"name\", \"for_sale\", \"max_extra_toppings\", \"exclusive_to\") VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= seed.pizzas(); i++) {
                    insert.setLong(1, i);
                    insert.setString(2, pizzaName(i));
                    insert.setBoolean(3, i % 3 == 0);
                    setNullable(insert, 4, i % 4 == 0 ? null : (long) (i % 5), Types.INTEGER);
                    setNullable(insert, 5, i % 2 == 1 ? (long) ((i / 2) % seed.shops() + 1) : null, Types.BIGINT);
                    add(connection, insert, i);
                }
                finish(connection, insert);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PRICE
                    + " (\"id\", \"pizza\", \"date\") VALUES (?, ?, ?)")) {
                long id = 0;
                for (int i = 1; i <= seed.pizzas(); i++) {
                    for (int j = 0; j < seed.pricesPerPizza(); j++) {
                        id++;
                        insert.setLong(1, id);
                        insert.setLong(2, i);
                        insert.setDate(3, java.sql.Date.valueOf(FIRST_DATE.plusDays((i * 7L + j * 37L) % 720)));
                        add(connection, insert, id);
                    }
                }
                finish(connection, insert);
            }
            restartIdentities(connection, seed.shops(), seed.pizzas(), (long) seed.pizzas() * seed.pricesPerPizza());
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding the benchmark database " + directory + " failed: " + e, e);
        } finally {
            shutdown(directory);
        }
    }

    /**
     * Creates the paging database anew: one shop, {@code rows} pizzas, every tenth of them
     * exclusive to the shop (so the shop's data array {@code pizza} holds {@code rows / 10}
     * items spread over the whole table).
     */
    public static void createPagingDatabase(Path directory, int rows) {
        delete(directory);
        createSchema(directory);
        try (Connection connection = open(directory)) {
            insertShops(connection, 1);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PIZZA
                    + " (\"id\", \"name\", \"for_sale\", \"max_extra_toppings\", \"exclusive_to\") VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= rows; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "Pizza " + i);
                    insert.setBoolean(3, false);
                    insert.setNull(4, Types.INTEGER);
                    setNullable(insert, 5, i % 10 == 0 ? 1L : null, Types.BIGINT);
                    add(connection, insert, i);
                }
                finish(connection, insert);
            }
            restartIdentities(connection, 1, rows, 0);
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding the paging database " + directory + " failed: " + e, e);
        } finally {
            shutdown(directory);
        }
    }

    /** Whether a paging database of this size exists already (checked by counting its rows). */
    public static boolean pagingDatabaseReady(Path directory, int rows) {
        if (!Files.isDirectory(directory.resolve("seg0"))) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection(url(directory));
             Statement statement = connection.createStatement()) {
            return count(statement, "SELECT COUNT(*) FROM " + PIZZA) == rows
                    && count(statement, "SELECT COUNT(*) FROM " + PIZZA + " WHERE \"exclusive_to\" = 1") == rows / 10;
        } catch (SQLException e) {
            return false;
        } finally {
            shutdown(directory);
        }
    }

    /** The name of pizza {@code i}; some hold quotes and accents, to exercise JSON escaping. */
    public static String pizzaName(int i) {
        return i % 7 == 0 ? "Pizza " + i + " \"speciale\" è" : "Pizza " + i;
    }

    /** Copies a (shut down) database directory, replacing the target. */
    public static void copy(Path from, Path to) {
        delete(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Copying " + from + " to " + to + " failed", e);
        }
    }

    /** Deletes a directory tree, if it exists. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting " + directory + " failed", e);
        }
    }

    /** Shuts an embedded database down in this JVM, so its directory can be copied or opened elsewhere. */
    public static void shutdown(Path directory) {
        try {
            DriverManager.getConnection(url(directory) + ";shutdown=true").close();
        } catch (SQLException e) {
            // 08006: shut down as asked; XJ004: not booted
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                throw new IllegalStateException("Shutting down " + directory + " failed: " + e, e);
            }
        }
    }

    /** Starts the example once on a new database, which creates the schema and the accounts, and stops it. */
    private static void createSchema(Path directory) {
        try {
            Files.createDirectories(directory.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Settings settings = PizzaExample.defaults(Settings.defaults()
                .with(Setting.HOST, "127.0.0.1")
                .with(Setting.PORT, 0)
                .with(Setting.SECRET, BenchConfig.SECRET)
                .with(Setting.PASSWORD_ITERATIONS, 1_000)
                .with(Setting.DATABASE_URL, url(directory) + ";create=true"), directory.getParent());
        try (Slumber server = PizzaExample.start(settings)) {
            server.port();
        }
        shutdown(directory);
    }

    private static Connection open(Path directory) throws SQLException {
        Connection connection = DriverManager.getConnection(url(directory));
        connection.setAutoCommit(false);
        return connection;
    }

    private static void insertShops(Connection connection, int shops) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SHOP
                + " (\"id\", \"name\", \"slug\", \"active\") VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= shops; i++) {
                insert.setLong(1, i);
                insert.setString(2, "Shop " + i);
                insert.setString(3, "shop-" + i);
                if (i % 3 == 0) {
                    insert.setNull(4, Types.BOOLEAN);
                } else {
                    insert.setBoolean(4, i % 3 == 1);
                }
                add(connection, insert, i);
            }
            finish(connection, insert);
        }
    }

    private static void setNullable(PreparedStatement insert, int index, Long value, int type) throws SQLException {
        if (value == null) {
            insert.setNull(index, type);
        } else if (type == Types.INTEGER) {
            insert.setInt(index, value.intValue());
        } else {
            insert.setLong(index, value);
        }
    }

    /** Adds the row to the batch; sends the batch every 1,000 rows and commits every 10,000. */
    private static void add(Connection connection, PreparedStatement insert, long row) throws SQLException {
        insert.addBatch();
        if (row % BATCH == 0) {
            insert.executeBatch();
        }
        if (row % COMMIT_EVERY == 0) {
            connection.commit();
        }
    }

    private static void finish(Connection connection, PreparedStatement insert) throws SQLException {
        insert.executeBatch();
        connection.commit();
    }

    private static void restartIdentities(Connection connection, long shops, long pizzas, long prices)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + SHOP + " ALTER COLUMN \"id\" RESTART WITH " + (shops + 1));
            statement.execute("ALTER TABLE " + PIZZA + " ALTER COLUMN \"id\" RESTART WITH " + (pizzas + 1));
            statement.execute("ALTER TABLE " + PRICE + " ALTER COLUMN \"id\" RESTART WITH " + (prices + 1));
        }
        connection.commit();
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
