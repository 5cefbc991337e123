package org.slumber.examples.docs;

import org.slumber.core.app.AppBuilder;
import org.slumber.core.app.SlumberApp;

/** The smallest useful app, for the site's "Declaring models" chapter. */
// START SNIPPET: shop-app
public final class ShopApp implements SlumberApp {   // listed in META-INF/services/org.slumber.core.app.SlumberApp

    @Override
    public void define(AppBuilder app) {
        app.name("shop");
        app.model("Shop", m -> m
                .key("id")
                .string("name", 200).required()
                .string("slug", 20).unique().required()
                .display(i -> i.string("name")));
    }
}
// END SNIPPET: shop-app
