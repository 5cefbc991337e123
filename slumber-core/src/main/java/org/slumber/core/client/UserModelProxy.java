package org.slumber.core.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The built-in model proxy of the auth app's User model: authentication against its service. */
public interface UserModelProxy extends ModelProxy {

    /**
     * The active user with this name and password, if the service says so.
     *
     * @return the user (its display text known without a fetch), or empty
     */
    default Optional<RemoteInstance> authenticate(String username, String password) {
        String url = operations().get("authenticate");
        if (url == null) {
            throw new RemoteLookupException("Model " + model().url() + " has no authenticate operation; its "
                    + "operations are " + operations().keySet());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        Map<String, Object> answer = userAgent().post(url, body);
        if (!Boolean.TRUE.equals(answer.get("authenticated")) || !(answer.get("user") instanceof Map<?, ?> user)) {
            return Optional.empty();
        }
        Object display = user.get("display_name");
        return Optional.of(model().instanceAt(String.valueOf(user.get("url")), display == null ? null
                : display.toString()));
    }
}
