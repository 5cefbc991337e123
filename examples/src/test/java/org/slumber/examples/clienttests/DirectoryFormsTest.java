package org.slumber.examples.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.slumber.core.client.RemoteInstance;
import org.slumber.core.client.RemoteLookupException;
import org.slumber.core.client.RemoteModel;
import org.slumber.core.client.RemoteService;
import org.slumber.core.client.SlumberClient;

@DisplayName("The Python-compatible forms of the client's directory")
@InBothModes
class DirectoryFormsTest extends ClientTestBase {

    private DirectoryServer directory;
    private ClientServer plain;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void startOthers() {
        directory = DirectoryServer.start();
        plain = ClientServer.startPlain();
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void stopOthers() {
        if (directory != null) {
            directory.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    @Override
    long otherNetworkRequests() {
        return directory == null ? 0 : directory.requests();
    }

    private SlumberClient withDirectory(String url) {
        return track(ClientServer.builder(mode).directory(url).build());
    }

    private SlumberClient withServices(Map<String, String> services) {
        return track(ClientServer.builder(mode).services(services).build());
    }

    private String directoryOf(Map<String, String> services) {
        StringBuilder json = new StringBuilder("{\"services\": {");
        services.forEach((name, url) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ", ")
                .append('"').append(name).append("\": \"").append(url).append('"'));
        return json.append("}}").toString();
    }

    @Test
    @DisplayName("(a) a service map names each service, URLs completed with their trailing slash")
    void serviceMap() {
        String withoutSlash = server.localUrl().substring(0, server.localUrl().length() - 1);
        SlumberClient mapped = withServices(Map.of("pizzas", withoutSlash));

        assertThat(mapped.services()).containsExactly("pizzas");
        assertThat(mapped.serviceUrls()).containsExactly(Map.entry("pizzas", server.localUrl()));
        RemoteModel pizza = mapped.service("pizzas").app("slumber_examples").model("Pizza");
        assertThat(pizza.url()).isEqualTo(server.localUrl() + "slumber_examples/Pizza/");
        assertThat(pizza.name()).isEqualTo("Pizza");
    }

    @Test
    @DisplayName("(b) a directory URL of a plain JSON document, from no Slumber server, is followed to the service")
    void plainJsonDirectory() {
        String url = directory.serve("/directory/", directoryOf(Map.of("pizzas", server.localUrl())));
        long before = directory.requests();
        SlumberClient directed = withDirectory(url);
        assertThat(directory.requests() - before).as("fetches of the directory before first use").isZero();

        RemoteService service = directed.service("pizzas");
        assertThat(service.url()).isEqualTo(server.localUrl());
        RemoteModel pizza = service.app("slumber_examples").model("Pizza");
        String name = unique("Directed");
        RemoteInstance created = pizza.create(Map.of("name", name));
        assertThat(pizza.get(Map.of("pk", created.longValue("id"))).string("name")).isEqualTo(name);
        assertThat(directed.services()).containsExactly("pizzas");
        directed.service("pizzas").app("django.contrib.auth").model("User");
        assertThat(directory.requests() - before).as("fetches of the directory document").isEqualTo(1);
    }

    @Test
    @DisplayName("(b) an unknown service of a directory document is named with the directory's URL and services")
    void unknownServiceOfDirectory() {
        String url = directory.serve("/known/", directoryOf(Map.of("pizzas", server.localUrl())));

        assertThatThrownBy(() -> withDirectory(url).service("takeaway"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("takeaway").hasMessageContaining("pizzas").hasMessageContaining(url);
    }

    @Test
    @DisplayName("(b) a directory URL whose document has neither services nor apps is refused, naming it")
    void notADirectory() {
        String url = directory.serve("/nothing/", "{\"hello\": \"world\"}");

        assertThatThrownBy(() -> withDirectory(url).service("pizzas"))
                .isInstanceOf(RemoteLookupException.class).hasMessageContaining(url);
    }

    @Test
    @DisplayName("(c) a directory URL that is a plain service's application list is that one service")
    void plainServiceApplicationList() {
        SlumberClient single = withDirectory(plain.localUrl());

        assertThat(single.services()).containsExactly("");
        RemoteService service = single.service();
        assertThat(service.url()).isEqualTo(plain.localUrl());
        assertThat(service.apps()).contains("slumber_examples", "django.contrib.auth");
        RemoteModel pizza = service.app("slumber_examples").model("Pizza");
        assertThat(pizza.url()).isEqualTo(plain.origin() + "/slumber/slumber_examples/Pizza/");
        String name = unique("Plain");
        RemoteInstance created = pizza.create(Map.of("name", name));
        assertThat(single.instanceAt(created.url()).string("name")).isEqualTo(name);
        assertThatThrownBy(() -> single.service("pizzas")).isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("pizzas");
    }

    @Test
    @DisplayName("(c) the application list of a named service lists its services, so it serves as a directory too")
    void namedServiceApplicationList() {
        SlumberClient fromList = withDirectory(server.localUrl());
        SlumberClient fromRoot = withDirectory(server.origin() + "/slumber/");

        assertThat(fromList.service("pizzas").app("slumber_examples").model("Shop").name()).isEqualTo("Shop");
        assertThat(fromRoot.service("pizzas").url()).isEqualTo(server.localUrl());
        assertThat(fromRoot.service("pizzas").app("slumber_examples").model("Pizza").module())
                .isEqualTo("slumber_examples");
        assertThatThrownBy(fromRoot::service).isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("pizzas");
    }

    @Test
    @DisplayName("(d) a service map entry may point straight at an app: service(\"auth\").model(\"User\")")
    void appAsServiceLocation() {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("pizzas", server.localUrl());
        services.put("auth", server.localUrl() + "django/contrib/auth/");
        SlumberClient mapped = withServices(services);

        RemoteModel users = mapped.service("auth").model("User");
        assertThat(users.url()).isEqualTo(server.localUrl() + "django/contrib/auth/User/");
        assertThat(users.name()).isEqualTo("User");
        assertThat(users.get(Map.of("username", "baker")).string("username")).isEqualTo("baker");
        assertThatThrownBy(() -> mapped.service("auth").model("Customer"))
                .isInstanceOf(RemoteLookupException.class)
                .hasMessageContaining("Customer").hasMessageContaining("User").hasMessageContaining("Group");
    }

    @Test
    @DisplayName("(d) an app as a service location works through a directory document too")
    void appAsServiceLocationInDirectory() {
        String url = directory.serve("/with-auth/", directoryOf(Map.of("pizzas", server.localUrl(),
                "auth", server.localUrl() + "django/contrib/auth/")));
        SlumberClient directed = withDirectory(url);

        assertThat(directed.services()).containsExactlyInAnyOrder("pizzas", "auth");
        assertThat(directed.service("auth").model("Group").get(Map.of("name", "kitchen")).display())
                .isNotBlank();
        assertThat(directed.service("pizzas").app("slumber_examples").model("Pizza").name()).isEqualTo("Pizza");
    }
}
