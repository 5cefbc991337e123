package org.slumber.spi.tck;

import static org.slumber.spi.model.ValueType.BOOLEAN;
import static org.slumber.spi.model.ValueType.DATE;
import static org.slumber.spi.model.ValueType.DECIMAL;
import static org.slumber.spi.model.ValueType.INTEGER;
import static org.slumber.spi.model.ValueType.LONG;
import static org.slumber.spi.model.ValueType.REMOTE_REFERENCE;
import static org.slumber.spi.model.ValueType.STRING;
import static org.slumber.spi.model.ValueType.TIMESTAMP;

import java.util.List;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.model.Schema;
import org.slumber.spi.model.ValueType;

/**
 * The small schema the storage kit runs against. It touches every value type, every
 * {@link Reference.OnDelete} rule, unique fields, a unique-together group, a caller-supplied
 * string key, an INTEGER generated key, a many-to-many link, field names that differ from
 * their columns, a mixed-case table name and columns named by SQL reserved words
 * ({@code open}, {@code size}, {@code date}, {@code from}, {@code user}).
 *
 * <pre>
 * Shop   (id LONG generated, slug unique, name, open?, phone? unique, visitors?)
 * Pizza  (id LONG generated, name, shop? -&gt; Shop ON DELETE SET NULL, slices?)
 * Price  (id LONG generated, pizza -&gt; Pizza ON DELETE CASCADE, size, amount? DECIMAL(8,2),
 *         date?, valid_from? TIMESTAMP; unique together (pizza, size))
 * Crust  (code STRING key given by the caller, name?)
 * Tag    (id INTEGER generated, label unique)
 * Order  (id LONG generated, shop -&gt; Shop ON DELETE RESTRICT, user?, customer? REMOTE_REFERENCE,
 *         quantity?)
 * Pizza.tags: Pizza &lt;-&gt; Tag many-to-many
 * </pre>
 */
final class StorageKitSchema {

    static final ModelDescriptor SHOP = new ModelDescriptor("tck.Shop", "tck_shop", "id", true, List.of(
            key("id", LONG),
            FieldDescriptor.of("slug", STRING).withMaxLength(40).withNullable(false).withUnique(true),
            FieldDescriptor.of("name", STRING).withMaxLength(60).withNullable(false),
            FieldDescriptor.of("open", BOOLEAN),
            FieldDescriptor.of("phone", STRING).withMaxLength(20).withUnique(true),
            FieldDescriptor.of("visitors", LONG)),
            List.of());

    static final ModelDescriptor PIZZA = new ModelDescriptor("tck.Pizza", "tck_pizza", "id", true, List.of(
            key("id", LONG),
            FieldDescriptor.of("name", STRING).withMaxLength(60).withNullable(false),
            FieldDescriptor.of("shop", LONG).withColumn("shop_id")
                    .withReference(new Reference("tck_shop", "id", Reference.OnDelete.SET_NULL)),
            FieldDescriptor.of("slices", INTEGER)),
            List.of());

    static final ModelDescriptor PRICE = new ModelDescriptor("tck.Price", "tck_price", "id", true, List.of(
            key("id", LONG),
            FieldDescriptor.of("pizza", LONG).withColumn("pizza_id").withNullable(false)
                    .withReference(new Reference("tck_pizza", "id", Reference.OnDelete.CASCADE)),
            FieldDescriptor.of("size", STRING).withMaxLength(10).withNullable(false),
            FieldDescriptor.of("amount", DECIMAL).withDigits(8, 2),
            FieldDescriptor.of("date", DATE),
            FieldDescriptor.of("valid_from", TIMESTAMP).withColumn("from")),
            List.of(List.of("pizza", "size")));

    static final ModelDescriptor CRUST = new ModelDescriptor("tck.Crust", "TckCrust", "code", false, List.of(
            FieldDescriptor.of("code", STRING).withMaxLength(20).withNullable(false),
            FieldDescriptor.of("name", STRING).withMaxLength(60)),
            List.of());

    static final ModelDescriptor TAG = new ModelDescriptor("tck.Tag", "tck_tag", "id", true, List.of(
            key("id", INTEGER),
            FieldDescriptor.of("label", STRING).withMaxLength(30).withNullable(false).withUnique(true)),
            List.of());

    static final ModelDescriptor ORDER = new ModelDescriptor("tck.Order", "tck_order", "id", true, List.of(
            key("id", LONG),
            FieldDescriptor.of("shop", LONG).withColumn("shop_id").withNullable(false)
                    .withReference(new Reference("tck_shop", "id", Reference.OnDelete.RESTRICT)),
            FieldDescriptor.of("user", STRING).withMaxLength(30),
            FieldDescriptor.of("customer", REMOTE_REFERENCE).withMaxLength(200),
            FieldDescriptor.of("quantity", INTEGER)),
            List.of());

    static final LinkDescriptor PIZZA_TAGS =
            new LinkDescriptor("tck.Pizza.tags", "tck_pizza_tags", PIZZA, "pizza_id", TAG, "tag_id");

    /** Every model and link, referenced models first. */
    static final Schema SCHEMA = new Schema(List.of(SHOP, PIZZA, PRICE, CRUST, TAG, ORDER), List.of(PIZZA_TAGS));

    /** Only the shops: for checking that a later, larger schema adds what is missing. */
    static final Schema SHOPS_ONLY = new Schema(List.of(SHOP), List.of());

    private StorageKitSchema() {
    }

    private static FieldDescriptor key(String name, ValueType type) {
        return FieldDescriptor.of(name, type).withNullable(false);
    }
}
