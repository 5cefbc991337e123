/**
 * The Slumber client: navigate the models of remote Slumber services (Java or Python) as if
 * they were local.
 *
 * <pre>{@code
 * SlumberClient client = SlumberClient.fromSettings();
 * RemoteModel pizzas = client.service("pizzas").app("slumber_examples").model("Pizza");
 * RemoteInstance pizza = pizzas.get(Map.of("name", "Margherita"));
 * RemoteInstance shop = pizza.instance("exclusive_to");      // no request yet
 * for (RemoteInstance price : pizza.dataArray("prices")) {   // pages fetched as needed
 *     System.out.println(price.display());
 * }
 * }</pre>
 *
 * <p>Every request goes through one {@link org.slumber.core.client.UserAgent}: it signs with the
 * process's key, forwards the acting user, caches, retries GETs, and dispatches requests for
 * services running in the same JVM straight into their router.
 */
package org.slumber.core.client;
