package org.slumber.examples.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;

/**
 * The raw baseline's data access: a fixed pool of embedded Derby connections in an
 * {@link ArrayBlockingQueue}, each with its prepared statements made once, and the queries the
 * three benchmarked URLs need, written by hand. Thread-safe.
 */
final class RawQueries implements AutoCloseable {

    /** Page size of lists, as Slumber's. */
    static final int PAGE_SIZE = 10;

    private static final String PIZZA = BenchDatabase.PIZZA;
    private static final String SHOP = BenchDatabase.SHOP;
    private static final String PRICE = BenchDatabase.PRICE;

    /** A pizza with the name of the shop it is exclusive to. */
    record Pizza(long id, String name, boolean forSale, Integer maxExtraToppings, Long shopId, String shopName) {
    }

    /** A page item: key and display-relevant text. */
    record Item(long id, String text) {
    }

    /** A page of prices: the pizza's name (null when there is no such pizza), the items, and whether more follow. */
    record PricePage(String pizzaName, List<Item> prices, boolean more) {
    }

    /** One pooled connection with its statements. */
    private static final class Lease {
        final Connection connection;
        final PreparedStatement pizza;
        final PreparedStatement firstPage;
        final PreparedStatement pageAfter;
        final PreparedStatement pizzaName;
        final PreparedStatement firstPrices;
        final PreparedStatement pricesAfter;

        Lease(Connection connection) throws SQLException {
            this.connection = connection;
            String newestFirst = " ORDER BY \"id\" DESC FETCH FIRST ? ROWS ONLY";
            pizza = connection.prepareStatement("SELECT p.\"name\", p.\"for_sale\", p.\"max_extra_toppings\", "
                    + "p.\"exclusive_to\", s.\"name\" FROM " + PIZZA + " p LEFT OUTER JOIN " + SHOP
                    + " s ON s.\"id\" = p.\"exclusive_to\" WHERE p.\"id\" = ?");
            firstPage = connection.prepareStatement("SELECT \"id\", \"name\" FROM " + PIZZA + newestFirst);
            pageAfter = connection.prepareStatement("SELECT \"id\", \"name\" FROM " + PIZZA + " WHERE \"id\" < ?"
                    + newestFirst);
            pizzaName = connection.prepareStatement("SELECT \"name\" FROM " + PIZZA + " WHERE \"id\" = ?");
            firstPrices = connection.prepareStatement("SELECT \"id\", \"date\" FROM " + PRICE
                    + " WHERE \"pizza\" = ?" + newestFirst);
            pricesAfter = connection.prepareStatement("SELECT \"id\", \"date\" FROM " + PRICE
                    + " WHERE \"pizza\" = ? AND \"id\" < ?" + newestFirst);
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Lease lease) throws SQLException;
    }

    private final BlockingQueue<Lease> pool;
    private final List<Lease> all = new ArrayList<>();

    RawQueries(Path database, int connections) throws SQLException {
        this.pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            Lease lease = new Lease(DriverManager.getConnection(BenchDatabase.url(database)));
            all.add(lease);
            pool.add(lease);
        }
    }

    /** The pizza with this key and its shop's name, or null. */
    Pizza pizza(long id) {
        return run(lease -> {
            lease.pizza.setLong(1, id);
            try (ResultSet row = lease.pizza.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                int toppings = row.getInt(3);
                Integer maxExtra = row.wasNull() ? null : toppings;
                long shop = row.getLong(4);
                Long shopId = row.wasNull() ? null : shop;
                return new Pizza(id, row.getString(1), row.getBoolean(2), maxExtra, shopId, row.getString(5));
            }
        });
    }

    /** One page of pizzas, key descending: key and name. */
    List<Item> pizzas(Long startAfter) {
        return run(lease -> {
            PreparedStatement statement;
            if (startAfter == null) {
                statement = lease.firstPage;
                statement.setInt(1, PAGE_SIZE);
            } else {
                statement = lease.pageAfter;
                statement.setLong(1, startAfter);
                statement.setInt(2, PAGE_SIZE);
            }
            List<Item> items = new ArrayList<>(PAGE_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(new Item(rows.getLong(1), rows.getString(2)));
                }
            }
            return items;
        });
    }

    /** One page of a pizza's prices, key descending: key and date. */
    PricePage prices(long pizza, Long startAfter) {
        return run(lease -> {
            lease.pizzaName.setLong(1, pizza);
            String name;
            try (ResultSet row = lease.pizzaName.executeQuery()) {
                if (!row.next()) {
                    return new PricePage(null, List.of(), false);
                }
                name = row.getString(1);
            }
            PreparedStatement statement;
            if (startAfter == null) {
                statement = lease.firstPrices;
                statement.setLong(1, pizza);
                statement.setInt(2, PAGE_SIZE + 1);
            } else {
                statement = lease.pricesAfter;
                statement.setLong(1, pizza);
                statement.setLong(2, startAfter);
                statement.setInt(3, PAGE_SIZE + 1);
            }
            List<Item> items = new ArrayList<>(PAGE_SIZE + 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate date = rows.getDate(2).toLocalDate();
                    items.add(new Item(rows.getLong(1), date.toString()));
                }
            }
            boolean more = items.size() > PAGE_SIZE;
            return new PricePage(name, more ? items.subList(0, PAGE_SIZE) : items, more);
        });
    }

    private <T> T run(Query<T> query) {
        Lease lease;
        try {
            lease = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a connection", e);
        }
        if (lease == null) {
            throw new IllegalStateException("no database connection free within 30 s");
        }
        try {
            return query.run(lease);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e, e);
        } finally {
            pool.add(lease);
        }
    }

    @Override
    public void close() {
        for (Lease lease : all) {
            try {
                lease.connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
