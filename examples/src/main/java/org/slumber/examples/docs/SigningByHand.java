package org.slumber.examples.docs;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slumber.core.auth.FostSignature;

/**
 * FOST signatures made by hand, for the site's "Security" chapter: what the client's user agent
 * does for every request, and the third test vector of the specification.
 */
public final class SigningByHand {

    private SigningByHand() {
    }

    public static void main(String[] args) {
        // START SNIPPET: signing-headers
        FostSignature signer = new FostSignature("service", "change-me");      // key and shared secret
        byte[] body = "{\"name\": \"Margherita\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signer.headers("POST", "/slumber/pizzas/slumber_examples/Pizza/create/",
                null, body, "baker");                                           // acting user, or null
        headers.forEach((name, value) -> System.out.println(name + ": " + value));
        // X-FOST-Timestamp: 2026-11-28T08:00:00.123456Z
        // X-FOST-Headers: X-FOST-Headers X-FOST-User
        // X-FOST-User: baker
        // Authorization: FOST service:<Base64 of the HMAC-SHA1>
        // END SNIPPET: signing-headers

        // START SNIPPET: signing-vector
        String signature = new FostSignature("any-key", "k3y").sign("POST",
                "/slumber/pizzas/slumber_examples/Pizza/create/", "2026-11-28T08:00:00.000000Z",
                Map.of(FostSignature.USER, "alice"), body);
        System.out.println(signature.equals("fMQe7x4rj7Z6BmqjyNMqKzD7WDs="));   // true
        // END SNIPPET: signing-vector
    }
}
