package org.slumber.examples.pizza;

import java.util.Map;
import org.slumber.core.app.AppBuilder;
import org.slumber.core.app.ModelRef;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.operation.Operations;

/**
 * The app {@code slumber_examples} of the pizza example (spec/examples.md): the Java
 * counterpart of django-slumber's example {@code models.py} and {@code slumber_server.py}.
 * The single deployment hosts all its models; in the network deployment the {@code pizzas}
 * service hosts the pizza models and {@code takeaway} the {@code Order} model.
 */
public final class PizzaApp implements SlumberApp {

    private static final Map<String, String> SIZES = Map.of("s", "Small", "m", "Medium", "l", "Large");

    /** Which of the app's models a deployment hosts. */
    public enum Part {
        /** Every model: the single deployment. */
        ALL,
        /** Shop, Pizza, the prices, Profile and PizzaCrust: the network's {@code pizzas} service. */
        PIZZAS,
        /** Order: the network's {@code takeaway} service. */
        TAKEAWAY
    }

    private final Part part;

    /** Every model (what ServiceLoader finds for the single deployment). */
    public PizzaApp() {
        this(Part.ALL);
    }

    /** The models of one part of the network deployment. */
    public PizzaApp(Part part) {
        this.part = part;
    }

    @Override
    public void define(AppBuilder app) {
        // START SNIPPET: app-name
        app.name("slumber_examples").configuration(Map.of("test", true));
        // END SNIPPET: app-name
        if (part != Part.TAKEAWAY) {
            pizzaModels(app);
        }
        if (part != Part.PIZZAS) {
            // START SNIPPET: model-order
            app.model("Order", m -> m
                    .key("id")
                    .remoteForeignKey("shop", "slumber://pizzas/slumber_examples/Shop/").required()
                    .remoteForeignKey("nested", "slumber://pizzas/slumber_ex_shop/NestedModel/").nullable());
            // END SNIPPET: model-order
        }
    }

    private static void pizzaModels(AppBuilder app) {

        // START SNIPPET: model-shop
        ModelRef shop = app.model("Shop", m -> m
                .key("id")
                .string("name", 200).required()
                .string("slug", 20).unique().required()
                .bool("active").nullable()
                .display(i -> i.string("name"))
                .property("web_address", i -> "http://www.example.com/" + i.string("slug") + "/")
                .withoutOperation("delete")
                .mount("data", "pizzas/shop")
                .operation("shops1", new ShopList(), "shops/mount1")
                .operation("shops-hal", Operations.halInstanceList(), "shops/mount2"));
        // END SNIPPET: model-shop

        // START SNIPPET: model-pizza
        ModelRef pizza = app.model("Pizza", m -> m
                .key("id")
                .string("name", 200).unique().required()
                .bool("for_sale").defaultValue(false)
                .integer("max_extra_toppings").nullable()
                .foreignKey("exclusive_to", shop).nullable()
                .display(i -> i.string("name"))
                .operation("order", new OrderPizza()));
        // END SNIPPET: model-pizza

        // START SNIPPET: model-price
        ModelRef price = app.model("PizzaPrice", m -> m
                .key("id")
                .foreignKey("pizza", pizza).required().relatedName("prices")
                .date("date").required()
                .display(i -> i.related("pizza").display() + " " + i.date("date")));
        // END SNIPPET: model-price

        // START SNIPPET: model-size-price
        app.model("PizzaSizePrice", m -> m
                .key("id")
                .foreignKey("price", price).required().relatedName("amounts")
                .decimal("amount", 8, 2)
                .string("size", 1).choices("s", "m", "l")
                .uniqueTogether("price", "size")
                .display(i -> SIZES.get(i.string("size")) + " " + i.related("price").related("pizza").display()
                        + " : " + i.decimal("amount")));
        // END SNIPPET: model-size-price

        // START SNIPPET: model-profile
        app.model("Profile", m -> m
                .key("id")
                .foreignKey("user", ModelRef.AUTH_USER).required()
                .userProfile());
        // END SNIPPET: model-profile

        // START SNIPPET: model-crust
        app.model("PizzaCrust", m -> m
                .stringKey("code", 3)
                .string("full_name", 200)
                .display(i -> i.string("full_name")));
        // END SNIPPET: model-crust
    }
}
