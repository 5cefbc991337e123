package org.slumber.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.spi.tck.StorageKitSchema.CRUST;
import static org.slumber.spi.tck.StorageKitSchema.ORDER;
import static org.slumber.spi.tck.StorageKitSchema.PIZZA;
import static org.slumber.spi.tck.StorageKitSchema.PRICE;
import static org.slumber.spi.tck.StorageKitSchema.SHOP;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.ModelDescriptor;

/** Values go in and come back equal and of exactly the Java type of their value type. */
abstract class StorageValueChecks extends StorageChecks {

    StorageValueChecks(StorageCompatibilityKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("come back with exactly the Java type of their value type")
    void keepTheirJavaTypes() {
        long shop = (Long) insert(SHOP, row("slug", "typed", "name", "Typed", "open", true, "phone", "555",
                "visitors", 12L));
        long pizza = (Long) insert(PIZZA, row("name", "Typed", "shop", shop, "slices", 8));
        long price = (Long) insert(PRICE, row("pizza", pizza, "size", "large", "amount", new BigDecimal("9.90"),
                "date", LocalDate.of(2024, 2, 29), "valid_from", Instant.parse("2024-02-29T12:00:00.123456Z")));
        long order = (Long) insert(ORDER, row("shop", shop, "user", "ann",
                "customer", "slumber://users/auth/User/data/7/", "quantity", 2));
        insert(CRUST, row("code", "thin", "name", "Thin"));

        assertTypes(SHOP, get(SHOP, shop));
        assertTypes(PIZZA, get(PIZZA, pizza));
        assertTypes(PRICE, get(PRICE, price));
        assertTypes(ORDER, get(ORDER, order));
        assertTypes(CRUST, get(CRUST, "thin"));
        assertThat(get(PRICE, price))
                .containsEntry("pizza", pizza)
                .containsEntry("size", "large")
                .containsEntry("amount", new BigDecimal("9.90"))
                .containsEntry("date", LocalDate.of(2024, 2, 29))
                .containsEntry("valid_from", Instant.parse("2024-02-29T12:00:00.123456Z"));
        assertThat(get(ORDER, order))
                .containsEntry("shop", shop)
                .containsEntry("user", "ann")
                .containsEntry("customer", "slumber://users/auth/User/data/7/")
                .containsEntry("quantity", 2);
    }

    @Test
    @DisplayName("keep the full range of LONG and INTEGER")
    void keepIntegerRanges() {
        long big = (Long) insert(SHOP, row("slug", "max", "name", "Max", "visitors", Long.MAX_VALUE));
        long small = (Long) insert(SHOP, row("slug", "min", "name", "Min", "visitors", Long.MIN_VALUE));
        long most = newPizza("Most", null);
        long least = newPizza("Least", null);
        write(session -> session.update(PIZZA, most, row("slices", Integer.MAX_VALUE)));
        write(session -> session.update(PIZZA, least, row("slices", Integer.MIN_VALUE)));

        assertThat(get(SHOP, big)).containsEntry("visitors", Long.MAX_VALUE);
        assertThat(get(SHOP, small)).containsEntry("visitors", Long.MIN_VALUE);
        assertThat(get(PIZZA, most)).containsEntry("slices", Integer.MAX_VALUE);
        assertThat(get(PIZZA, least)).containsEntry("slices", Integer.MIN_VALUE);
    }

    @Test
    @DisplayName("keep non-ASCII text and text of exactly the maximum length")
    void keepText() {
        String unicode = "Pizzería Ünïcødé – 東京 \uD83C\uDF55 \"quoted\" 'single' ; --";
        String longest = "é".repeat(60);
        long first = (Long) insert(SHOP, row("slug", "unicode", "name", unicode));
        long second = (Long) insert(SHOP, row("slug", "x".repeat(40), "name", longest));

        assertThat(get(SHOP, first)).containsEntry("name", unicode);
        assertThat(get(SHOP, second)).containsEntry("name", longest).containsEntry("slug", "x".repeat(40));
        assertThat(get(SHOP, first).get("name")).isNotEqualTo(get(SHOP, second).get("name"));
    }

    @Test
    @DisplayName("keep the empty string apart from null")
    void keepEmptyText() {
        long empty = (Long) insert(SHOP, row("slug", "empty", "name", "", "phone", ""));
        long absent = (Long) insert(SHOP, row("slug", "absent", "name", "Absent", "phone", null));

        assertThat(get(SHOP, empty)).containsEntry("name", "").containsEntry("phone", "");
        assertThat(get(SHOP, absent)).containsEntry("phone", null);
    }

    @Test
    @DisplayName("keep true, false and null booleans apart")
    void keepBooleans() {
        long yes = (Long) insert(SHOP, row("slug", "yes", "name", "Yes", "open", true));
        long no = (Long) insert(SHOP, row("slug", "no", "name", "No", "open", false));
        long unknown = (Long) insert(SHOP, row("slug", "unknown", "name", "Unknown", "open", null));

        assertThat(get(SHOP, yes)).containsEntry("open", Boolean.TRUE);
        assertThat(get(SHOP, no)).containsEntry("open", Boolean.FALSE);
        assertThat(get(SHOP, unknown)).containsEntry("open", null);
    }

    @Test
    @DisplayName("give decimals back with the scale of their column")
    void keepDecimalScale() {
        long pizza = newPizza("Decimal", null);
        long exact = (Long) insert(PRICE, row("pizza", pizza, "size", "a", "amount", new BigDecimal("12.50")));
        long shorter = (Long) insert(PRICE, row("pizza", pizza, "size", "b", "amount", new BigDecimal("7.5")));
        long whole = (Long) insert(PRICE, row("pizza", pizza, "size", "c", "amount", new BigDecimal("3")));
        long extreme = (Long) insert(PRICE, row("pizza", pizza, "size", "d", "amount", new BigDecimal("-999999.99")));

        assertThat(get(PRICE, exact).get("amount")).hasToString("12.50");
        assertThat(get(PRICE, shorter).get("amount")).hasToString("7.50");
        assertThat(get(PRICE, whole).get("amount")).hasToString("3.00");
        assertThat(get(PRICE, extreme).get("amount")).hasToString("-999999.99");
    }

    @Test
    @DisplayName("keep dates exactly, whatever the time zone")
    void keepDates() {
        List<LocalDate> dates = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(1969, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(2038, 1, 19), LocalDate.of(9999, 12, 31));
        long pizza = newPizza("Dates", null);
        Map<Long, LocalDate> stored = write(session -> dates.stream().collect(Collectors.toMap(
                date -> (Long) session.insert(PRICE, row("pizza", pizza, "size", date.toString(), "date", date)),
                date -> date)));

        stored.forEach((key, date) -> assertThat(get(PRICE, key)).containsEntry("date", date));
    }

    @Test
    @DisplayName("keep instants to the microsecond, before 1970 and across daylight-saving changes too")
    void keepInstants() {
        List<Instant> instants = List.of(
                Instant.parse("2024-02-29T12:00:00.123456Z"),
                Instant.parse("1969-07-20T20:17:40.000001Z"),
                Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("2024-03-31T01:30:00.5Z"),
                Instant.parse("2024-10-27T01:30:00.999999Z"),
                Instant.parse("2024-11-03T06:30:00.000010Z"),
                Instant.parse("2999-12-31T23:59:59.999999Z"));
        long pizza = newPizza("Instants", null);
        Map<Long, Instant> stored = write(session -> instants.stream().collect(Collectors.toMap(
                instant -> (Long) session.insert(PRICE,
                        row("pizza", pizza, "size", "s" + instants.indexOf(instant), "valid_from", instant)),
                instant -> instant)));

        stored.forEach((key, instant) -> assertThat(get(PRICE, key)).containsEntry("valid_from", instant));
    }

    @Test
    @DisplayName("come back as null for nullable fields, in rows that hold every field")
    void keepNulls() {
        long pizza = newPizza("Nulls", null);
        long price = (Long) insert(PRICE, row("pizza", pizza, "size", "plain"));
        long shop = (Long) insert(SHOP, row("slug", "nulls", "name", "Nulls"));

        assertThat(get(PRICE, price)).containsOnlyKeys(fieldNames(PRICE))
                .containsEntry("amount", null).containsEntry("date", null).containsEntry("valid_from", null);
        assertThat(get(SHOP, shop)).containsOnlyKeys(fieldNames(SHOP))
                .containsEntry("open", null).containsEntry("phone", null).containsEntry("visitors", null);
        assertThat(get(PIZZA, pizza)).containsOnlyKeys(fieldNames(PIZZA))
                .containsEntry("shop", null).containsEntry("slices", null);
    }

    @Test
    @DisplayName("come back in rows that are the caller's to change")
    void giveRowsToTheCaller() {
        long shop = newShop("mine");

        List<Map<String, Object>> changed = read(session -> {
            Map<String, Object> first = session.find(SHOP, shop).orElseThrow();
            first.put("name", "Changed by the caller");
            first.remove("slug");
            return List.of(first, session.find(SHOP, shop).orElseThrow());
        });

        assertThat(changed.get(1)).containsEntry("name", "Shop mine").containsEntry("slug", "mine");
        assertThat(get(SHOP, shop)).containsEntry("name", "Shop mine");
    }

    private static void assertTypes(ModelDescriptor model, Map<String, Object> row) {
        assertThat(row).containsOnlyKeys(fieldNames(model));
        for (FieldDescriptor field : model.fields()) {
            Object value = row.get(field.name());
            if (value != null) {
                assertThat(value).as("%s.%s", model.name(), field.name())
                        .isExactlyInstanceOf(field.type().javaType());
            }
        }
    }

    private static String[] fieldNames(ModelDescriptor model) {
        return model.fields().stream().map(FieldDescriptor::name).toArray(String[]::new);
    }
}
