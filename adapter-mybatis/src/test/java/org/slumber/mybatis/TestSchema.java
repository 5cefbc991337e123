package org.slumber.mybatis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slumber.spi.model.FieldDescriptor;
import org.slumber.spi.model.LinkDescriptor;
import org.slumber.spi.model.ModelDescriptor;
import org.slumber.spi.model.Reference;
import org.slumber.spi.model.Schema;
import org.slumber.spi.model.ValueType;

/** A shop and its pizzas, for the adapter's own tests. */
final class TestSchema {

    static final ModelDescriptor SHOP = new ModelDescriptor("test.Shop", "test_shop", "id", true, List.of(
            FieldDescriptor.of("id", ValueType.LONG).withNullable(false),
            FieldDescriptor.of("slug", ValueType.STRING).withMaxLength(20).withNullable(false).withUnique(true),
            FieldDescriptor.of("name", ValueType.STRING).withMaxLength(40)),
            List.of());

    static final ModelDescriptor PIZZA = new ModelDescriptor("test.Pizza", "test_pizza", "id", true, List.of(
            FieldDescriptor.of("id", ValueType.LONG).withNullable(false),
            FieldDescriptor.of("name", ValueType.STRING).withMaxLength(40).withNullable(false),
            FieldDescriptor.of("shop", ValueType.LONG).withColumn("shop_id")
                    .withReference(new Reference("test_shop", "id", Reference.OnDelete.CASCADE))),
            List.of(List.of("shop", "name")));

    static final ModelDescriptor TOPPING = new ModelDescriptor("test.Topping", "test_topping", "id", true, List.of(
            FieldDescriptor.of("id", ValueType.INTEGER).withNullable(false),
            FieldDescriptor.of("name", ValueType.STRING).withMaxLength(40)),
            List.of());

    static final LinkDescriptor PIZZA_TOPPINGS =
            new LinkDescriptor("test.Pizza.toppings", "test_pizza_toppings", PIZZA, "pizza_id", TOPPING, "topping_id");

    static final Schema SCHEMA = new Schema(List.of(SHOP, PIZZA, TOPPING), List.of(PIZZA_TOPPINGS));

    /** A model whose table no schema creates. */
    static final ModelDescriptor NEVER_CREATED = new ModelDescriptor("test.Ghost", "test_ghost", "id", true, List.of(
            FieldDescriptor.of("id", ValueType.LONG).withNullable(false)),
            List.of());

    private TestSchema() {
    }

    /** A mutable row from name, value pairs. */
    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
