package org.slumber.core.auth;

import java.util.Objects;

/**
 * A user of the auth app, as authentication found it for a request.
 *
 * @param id        the user's primary key
 * @param username  the unique user name
 * @param active    whether the user may act at all
 * @param staff     whether the user may use administrative tools
 * @param superuser whether the user holds every permission
 */
public record User(Object id, String username, boolean active, boolean staff, boolean superuser) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
    }
}
