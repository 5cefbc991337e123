package org.slumber.examples.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.examples.e2e.WriteFixtures.APP;
import static org.slumber.examples.e2e.WriteFixtures.CRUST;
import static org.slumber.examples.e2e.WriteFixtures.PIZZA;
import static org.slumber.examples.e2e.WriteFixtures.PRICE;
import static org.slumber.examples.e2e.WriteFixtures.SHOP;
import static org.slumber.examples.e2e.WriteFixtures.SIZE_PRICE;
import static org.slumber.examples.e2e.WriteFixtures.assertError;
import static org.slumber.examples.e2e.WriteFixtures.assertErrorBody;
import static org.slumber.examples.e2e.WriteFixtures.createPizza;
import static org.slumber.examples.e2e.WriteFixtures.createPrice;
import static org.slumber.examples.e2e.WriteFixtures.createShop;
import static org.slumber.examples.e2e.WriteFixtures.form;
import static org.slumber.examples.e2e.WriteFixtures.json;
import static org.slumber.examples.e2e.WriteFixtures.pizzaCount;
import static org.slumber.examples.e2e.WriteFixtures.raw;
import static org.slumber.examples.e2e.WriteFixtures.rawSigned;
import static org.slumber.examples.e2e.WriteFixtures.snapshot;
import static org.slumber.examples.e2e.WriteFixtures.unique;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slumber.core.settings.Setting;

@DisplayName("Bad input gets its documented 4xx JSON answer and writes nothing")
class BadInputTest {

    private static ExampleServer server;
    private static WireClient client;
    private static long pizza;
    private static long price;

    @BeforeAll
    static void start() {
        server = ExampleServer.start();
        client = server.client();
        pizza = createPizza(client, "Margherita");
        createShop(client, "Home", "home");
        price = createPrice(client, pizza, "2024-01-01");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends a request and checks its error answer, and that every instance is as it was before. */
    private static WireClient.Answer refused(int status, Supplier<WireClient.Answer> request) {
        Map<String, Object> before = snapshot(client);
        WireClient.Answer answer = request.get();
        assertError(answer, status);
        assertThat(snapshot(client)).as("the database after %s", answer.text()).isEqualTo(before);
        return answer;
    }

    private static WireClient.Answer createPizzaWith(String body) {
        return client.post(PIZZA + "create/", body);
    }

    private static void rawRefused(String request) {
        Map<String, Object> before = snapshot(client);
        WriteFixtures.RawAnswer answer = raw(server.port(), request);
        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertErrorBody(answer.body(), answer.header("Content-Type"), answer.status());
        assertThat(snapshot(client)).isEqualTo(before);
    }

    @Nested
    @DisplayName("a body that is not a JSON object")
    class Bodies {

        @Test
        @DisplayName("malformed JSON answers 400")
        void malformed_json() {
            refused(400, () -> createPizzaWith("{\"name\": \"Broken\""));
            refused(400, () -> createPizzaWith("{name: 'Broken'}"));
        }

        @Test
        @DisplayName("a JSON array, string or number instead of an object answers 400")
        void not_an_object() {
            refused(400, () -> createPizzaWith("[{\"name\": \"Listed\"}]"));
            refused(400, () -> createPizzaWith("\"Quoted\""));
            refused(400, () -> createPizzaWith("42"));
        }

        @Test
        @DisplayName("deeply nested JSON and an endless number answer 400")
        void pathological_json() {
            refused(400, () -> createPizzaWith("{\"name\": " + "[".repeat(5000) + "]".repeat(5000) + "}"));
            refused(400, () -> createPizzaWith("{\"name\": \"Long\", \"max_extra_toppings\": "
                    + "9".repeat(5000) + "}"));
        }

        @Test
        @DisplayName("a JSON object with a duplicate key answers 400")
        void duplicate_keys() {
            refused(400, () -> createPizzaWith("{\"name\": \"One\", \"name\": \"Two\"}"));
        }

        @Test
        @DisplayName("a malformed form body answers 400")
        void malformed_form() {
            refused(400, () -> form(client, PIZZA + "create/", "name=%zz"));
        }

        @Test
        @DisplayName("malformed JSON in an update answers 400 and changes nothing")
        void malformed_update() {
            refused(400, () -> client.post(PIZZA + "update/" + pizza + "/", "{\"for_sale\": tru"));
        }
    }

    @Nested
    @DisplayName("a name that cannot be written")
    class Names {

        @Test
        @DisplayName("an unknown field answers 400 naming it")
        void unknown_field() {
            WireClient.Answer answer = refused(400,
                    () -> createPizzaWith(json("name", unique("Odd"), "colour", "red")));
            assertThat(answer.error()).contains("colour");
            refused(400, () -> client.post(PIZZA + "update/" + pizza + "/", json("colour", "red")));
        }

        @Test
        @DisplayName("the read-only property web_address in a Shop create answers 400")
        void read_only_property() {
            WireClient.Answer answer = refused(400, () -> client.post(SHOP + "create/",
                    json("name", "Web", "slug", "web", "web_address", "http://www.example.com/web/")));
            assertThat(answer.error()).contains("web_address");
        }
    }

    @Nested
    @DisplayName("a value of the wrong type")
    class WrongTypes {

        @Test
        @DisplayName("a string for an integer answers 400")
        void string_for_integer() {
            refused(400, () -> createPizzaWith(json("name", unique("Typed"), "max_extra_toppings", "lots")));
        }

        @Test
        @DisplayName("an object or an array for a string answers 400")
        void object_for_string() {
            refused(400, () -> createPizzaWith(json("name", Map.of("text", "Object"))));
            refused(400, () -> createPizzaWith("{\"name\": [\"Array\"]}"));
        }

        @Test
        @DisplayName("\"maybe\" for a boolean answers 400")
        void maybe_for_boolean() {
            refused(400, () -> createPizzaWith(json("name", unique("Maybe"), "for_sale", "maybe")));
        }

        @Test
        @DisplayName("a bad date answers 400")
        void bad_date() {
            refused(400, () -> client.post(PRICE + "create/", json("pizza", pizza, "date", "2024-13-45")));
            refused(400, () -> client.post(PRICE + "create/", json("pizza", pizza, "date", "yesterday")));
        }

        @Test
        @DisplayName("a decimal with too many places answers 400")
        void too_many_decimal_places() {
            refused(400, () -> client.post(SIZE_PRICE + "create/", json("price", price, "amount", "1.234",
                    "size", "s")));
        }

        @Test
        @DisplayName("an integer too big for its field answers 400")
        void huge_integer() {
            String huge = "99999999999999999999";
            refused(400, () -> createPizzaWith("{\"name\": \"Huge\", \"max_extra_toppings\": " + huge + "}"));
            refused(400, () -> createPizzaWith("{\"id\": " + huge + ", \"name\": \"Huge key\"}"));
            refused(400, () -> createPizzaWith("{\"name\": \"Big\", \"max_extra_toppings\": 2147483648}"));
        }
    }

    @Nested
    @DisplayName("a value the field does not allow")
    class Constraints {

        @Test
        @DisplayName("a name of 201 characters answers 400, while 200 characters are fine")
        void long_name() {
            refused(400, () -> createPizzaWith(json("name", "n".repeat(201))));
            assertThat(createPizzaWith(json("name", "n".repeat(200))).status()).isEqualTo(200);
        }

        @Test
        @DisplayName("characters outside the BMP count as one each: 200 pizza emoji are a valid name, 201 are not")
        void supplementary_characters() {
            String emoji = new String(Character.toChars(0x1F355));
            refused(400, () -> createPizzaWith(json("name", emoji.repeat(201))));
            WireClient.Answer answer = createPizzaWith(json("name", emoji.repeat(200)));
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(WriteFixtures.field(client.get(PIZZA + "data/" + WriteFixtures.pk(answer) + "/"), "name"))
                    .isEqualTo(emoji.repeat(200));
        }

        @Test
        @DisplayName("a PUT whose URL key is longer than the key field answers 400")
        void long_key_in_url() {
            refused(400, () -> client.put(CRUST + "data/toolong/", json("full_name", "Too long")));
        }

        @Test
        @DisplayName("an empty character key is refused, as no URL could reach that instance")
        void empty_key() {
            try (ExampleServer own = ExampleServer.start()) {
                WireClient ownClient = own.client();
                WireClient.Answer answer = ownClient.post(CRUST + "create/", json("code", "", "full_name", "Empty"));
                assertThat(answer).satisfiesAnyOf(refusedAnswer -> {
                    assertError(refusedAnswer, 400);
                    assertThat(WriteFixtures.keys(ownClient, CRUST)).isEmpty();
                }, accepted -> assertThat(ownClient.get((String) accepted.body().get("identity")).status())
                        .as("the identity of %s", accepted.text()).isEqualTo(200));
            }
        }

        @Test
        @DisplayName("a date beyond the store's range answers 400, not 500")
        void date_out_of_range() {
            refused(400, () -> client.post(PRICE + "create/", json("pizza", pizza, "date", "+10000-01-01")));
        }

        @Test
        @DisplayName("a date of year 0 or before is refused or kept exactly, never stored as another date")
        void date_before_year_one() {
            for (String date : new String[] {"0000-01-01", "-0001-01-01"}) {
                Map<String, Object> before = snapshot(client);
                WireClient.Answer answer = client.post(PRICE + "create/", json("pizza", pizza, "date", date));
                assertThat(answer).as(date).satisfiesAnyOf(refusedAnswer -> {
                    assertError(refusedAnswer, 400);
                    assertThat(snapshot(client)).isEqualTo(before);
                }, accepted -> assertThat(WriteFixtures.field(client.get((String) accepted.body().get("identity")),
                        "date")).as("%s stored as", date).isEqualTo(date));
            }
        }

        @Test
        @DisplayName("a slug of 21 characters answers 400")
        void long_slug() {
            refused(400, () -> client.post(SHOP + "create/", json("name", "Long", "slug", "s".repeat(21))));
        }

        @Test
        @DisplayName("a size that is not among the choices answers 400")
        void not_a_choice() {
            refused(400, () -> client.post(SIZE_PRICE + "create/", json("price", price, "amount", "1.00",
                    "size", "x")));
        }

        @Test
        @DisplayName("a missing required field answers 400 naming it")
        void required_missing() {
            WireClient.Answer answer = refused(400, () -> createPizzaWith(json("for_sale", true)));
            assertThat(answer.error()).contains("name");
            refused(400, () -> client.post(SHOP + "create/", json("name", "Slugless")));
            refused(400, () -> client.post(PRICE + "create/", json("pizza", pizza)));
        }

        @Test
        @DisplayName("null for a field that is not nullable answers 400")
        void null_not_allowed() {
            refused(400, () -> createPizzaWith(json("name", null)));
            refused(400, () -> createPizzaWith(json("name", unique("Null"), "for_sale", null)));
            refused(400, () -> client.post(PIZZA + "update/" + pizza + "/", json("name", null)));
        }
    }

    @Nested
    @DisplayName("a request for something that is not there")
    class Routing {

        @Test
        @DisplayName("an unknown app, model or operation answers 404")
        void unknown_model_or_operation() {
            refused(404, () -> client.get(APP + "Calzone/"));
            refused(404, () -> client.post(APP + "Calzone/create/", json("name", "Calzone")));
            refused(404, () -> client.post(PIZZA + "bake/", json("name", "Baked")));
            refused(404, () -> client.get("/slumber/pizzas/no_such_app/"));
        }

        @Test
        @DisplayName("a junk path answers a 4xx JSON error")
        void junk_paths() {
            for (String path : new String[] {"/slumber/pizzas//x/", "/etc/passwd", "/slumber/pizzas/%2e%2e/",
                "/slumber/pizzas/slumber_examples/Pizza/data//"}) {
                Map<String, Object> before = snapshot(client);
                WireClient.Answer answer = client.get(path);
                assertThat(answer.status()).as(path + " -> " + answer.text()).isBetween(400, 499);
                assertError(answer, answer.status());
                assertThat(snapshot(client)).isEqualTo(before);
            }
        }

        @Test
        @DisplayName("a path with a bad percent-encoding, sent signed, answers a 4xx JSON error")
        void bad_percent_encoding() {
            rawRefused(rawSigned("GET", "/slumber/pizzas/%zz/"));
            rawRefused(rawSigned("GET", "/slumber/pizzas/slumber_examples/Pizza/data/%zz/"));
        }

        @Test
        @DisplayName("a path that climbs out with ../ answers a 4xx JSON error")
        void dot_dot_path() {
            rawRefused(rawSigned("GET", "/slumber/pizzas/slumber_examples/Pizza/data/1/../../"));
            rawRefused(rawSigned("GET", "/slumber/pizzas/../../etc/passwd/"));
        }

        @Test
        @DisplayName("an instance key that cannot be a key answers 404")
        void impossible_keys() {
            refused(404, () -> client.get(PIZZA + "data/99999999999999999999/"));
            refused(404, () -> client.get(PIZZA + "data/abc/"));
            refused(404, () -> client.post(PIZZA + "update/abc/", json("name", "Abc")));
        }

        @Test
        @DisplayName("a non-numeric start_after answers 400")
        void non_numeric_start_after() {
            refused(400, () -> client.get(PIZZA + "instances/?start_after=abc"));
            refused(400, () -> client.get(PIZZA + "data/" + pizza + "/prices/?start_after=abc"));
            rawRefused(rawSigned("GET", PIZZA + "instances/?start_after=%zz"));
        }
    }

    @Nested
    @DisplayName("a body over the size limit")
    class Oversized {

        private static ExampleServer small;

        @BeforeAll
        static void startSmall() {
            small = ExampleServer.start(settings -> settings.with(Setting.MAX_BODY_BYTES, 1024L));
        }

        @AfterAll
        static void stopSmall() {
            small.close();
        }

        @Test
        @DisplayName("answers 413 with a JSON error and writes nothing, while a small body is served")
        void too_large() {
            WireClient signed = small.client();
            String body = json("name", "x".repeat(2000));
            assertThat(body.length()).isGreaterThan(2000);

            WireClient.Answer answer = signed.post(PIZZA + "create/", body);

            assertError(answer, 413);
            assertThat(pizzaCount(signed)).isZero();
            assertThat(signed.post(PIZZA + "create/", json("name", "Small")).status()).isEqualTo(200);
        }

        @Test
        @DisplayName("sent in chunks without a length, answers 413 with a JSON error too")
        void too_large_chunked() {
            String chunk = "x".repeat(1000);
            StringBuilder request = new StringBuilder("POST " + PIZZA + "create/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            for (int i = 0; i < 3; i++) {
                request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            request.append("0\r\n\r\n");
            int before = pizzaCount(small.client());

            WriteFixtures.RawAnswer answer = raw(small.port(), request.toString());

            assertThat(answer.status()).as(answer.body()).isEqualTo(413);
            assertErrorBody(answer.body(), answer.header("Content-Type"), 413);
            assertThat(pizzaCount(small.client())).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("a garbled request on a raw socket")
    class RawSocket {

        @Test
        @DisplayName("GARBAGE instead of a request line answers a 4xx JSON error")
        void garbage() {
            rawRefused("GARBAGE\r\n\r\n");
        }

        @Test
        @DisplayName("an unsigned request line with a bad percent-encoding answers a 4xx JSON error")
        void bad_request_line() {
            rawRefused("GET /slumber/pizzas/%zz/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        }

        @Test
        @DisplayName("a header line without a colon answers a 4xx JSON error")
        void bad_header() {
            rawRefused("GET /slumber/ HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\nConnection: close\r\n\r\n");
        }
    }
}
