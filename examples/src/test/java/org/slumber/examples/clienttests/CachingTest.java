package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteModel;

@DisplayName("What the client caches")
@InBothModes
class CachingTest extends ClientTestBase {

    @Test
    @DisplayName("model metadata is fetched once for a short time")
    void metadataCached() {
        RemoteModel crusts = client.modelAt(server.localUrl() + "slumber_examples/PizzaCrust/");

        long before = sent();
        assertThat(crusts.name()).isEqualTo("PizzaCrust");
        assertThat(crusts.module()).isEqualTo("slumber_examples");
        assertThat(crusts.operations()).containsKey("create");
        assertThat(sent() - before).as("metadata fetches").isEqualTo(1);
    }

    @Test
    @DisplayName("instances of a model without a cache time are fetched again for every new reference")
    void pizzasNotCached() {
        String url = newPizza(unique("Uncached"), null).url();

        long before = sent();
        client.instanceAt(url).string("name");
        client.instanceAt(url).string("name");
        assertThat(sent() - before).isEqualTo(2);
    }

    @Test
    @DisplayName("instances of a model with a cache time (Shop: 30 s) are fetched once")
    void shopsCached() {
        String url = newShop(unique("Cached")).url();

        long before = sent();
        client.instanceAt(url).string("name");
        client.instanceAt(url).string("name");
        assertThat(sent() - before).isEqualTo(1);
    }

    @Test
    @DisplayName("an update through the client drops the cached shop, so a new reference sees the change")
    void updateDropsCache() {
        RemoteInstance shop = newShop(unique("Before"));
        assertThat(client.instanceAt(shop.url()).string("name")).startsWith("Before");

        model("Shop").update(shop, Map.of("name", "After"));

        assertThat(client.instanceAt(shop.url()).string("name")).isEqualTo("After");
    }

    @Test
    @DisplayName("an update drops the cached shop under its mounted URL too, as reached through a foreign key")
    void updateDropsCacheOfMountedUrl() {
        RemoteInstance shop = newShop(unique("Mounted before"));
        String pizza = newPizza(unique("Pointing"), shop).url();
        assertThat(client.instanceAt(pizza).instance("exclusive_to").string("name")).startsWith("Mounted before");

        model("Shop").update(shop, Map.of("name", "Mounted after"));

        assertThat(client.instanceAt(pizza).instance("exclusive_to").string("name")).isEqualTo("Mounted after");
    }
}
