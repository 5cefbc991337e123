package org.slumber.examples.run;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slumber.core.auth.FostSignature;
import org.slumber.core.settings.Setting;
import org.slumber.core.settings.Settings;

/** Prints a FOST-signed curl command for the running example, since signatures are hard to type. */
final class SignedCurl {

    private SignedCurl() {
    }

    /**
     * The command for {@code METHOD PATH [BODY] [USER]}: PATH may carry a query string; the
     * request is signed with the example's key and secret, acting as USER when given.
     */
    static String command(Settings settings, String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: curl METHOD PATH [BODY] [ACTING_USER]");
        }
        String method = args[0].toUpperCase(java.util.Locale.ROOT);
        URI target = URI.create(args[1]);
        String body = args.length > 2 ? args[2] : "";
        String actingUser = args.length > 3 ? args[3] : null;
        FostSignature signer = new FostSignature(settings.get(Setting.KEY), settings.get(Setting.SECRET));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signer.headers(method, target.getRawPath(), target.getRawQuery(), bytes,
                actingUser);
        StringBuilder command = new StringBuilder("curl -s -X ").append(method);
        headers.forEach((name, value) -> command.append(" -H '").append(name).append(": ").append(value).append('\''));
        if (!body.isEmpty()) {
            command.append(" -H 'Content-Type: application/json' --data-binary '").append(body.replace("'", "'\\''"))
                    .append('\'');
        }
        command.append(" 'http://localhost:").append(settings.get(Setting.PORT)).append(args[1]).append('\'');
        return command.toString();
    }
}
