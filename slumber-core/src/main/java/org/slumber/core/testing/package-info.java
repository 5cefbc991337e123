/**
 * Testing support for code that uses the Slumber client (client.md, "Testing support"), with
 * no server:
 *
 * <ul>
 *   <li>{@link org.slumber.core.testing.MockClient} builds a
 *       {@link org.slumber.core.client.SlumberClient} over in-memory models and rows;</li>
 *   <li>{@link org.slumber.core.testing.MockUserAgent} is a transport that answers requests
 *       declared in order, and fails the test on any other request or an unused expectation.</li>
 * </ul>
 *
 * <pre>{@code
 * SlumberClient client = MockClient.builder()
 *     .model("pizzas/slumber_examples/Pizza", List.of(Map.of("id", 1, "name", "S1")))
 *     .build();
 * assertThat(client.service("pizzas").app("slumber_examples").model("Pizza")
 *     .get(Map.of("pk", 1)).string("name")).isEqualTo("S1");
 * }</pre>
 */
package org.slumber.core.testing;
