package org.slumber.examples.pizza;

import org.slumber.core.app.SlumberApp;

/** The further apps of the pizza example: nested apps without models, and {@code slumber_ex_shop}. */
public final class NestedApps {

    private NestedApps() {
    }

    /** {@code slumber_examples.nested1}: no models. */
    public static final class Nested1 implements SlumberApp {
        @Override
        public void define(org.slumber.core.app.AppBuilder app) {
            app.name("slumber_examples.nested1");
        }
    }

    /** {@code slumber_examples.nested1.nested2}: no models. */
    public static final class Nested2 implements SlumberApp {
        @Override
        public void define(org.slumber.core.app.AppBuilder app) {
            app.name("slumber_examples.nested1.nested2");
        }
    }

    /** {@code slumber_examples.no_models}: no models. */
    public static final class NoModels implements SlumberApp {
        @Override
        public void define(org.slumber.core.app.AppBuilder app) {
            app.name("slumber_examples.no_models");
        }
    }

    /** {@code slumber_ex_shop}: one model, {@code NestedModel}, with only a key. */
    public static final class ExShop implements SlumberApp {
        @Override
        public void define(org.slumber.core.app.AppBuilder app) {
            app.name("slumber_ex_shop");
            app.model("NestedModel", m -> m.key("id"));
        }
    }
}
