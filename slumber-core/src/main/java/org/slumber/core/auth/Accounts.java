package org.slumber.core.auth;

import java.util.Optional;

/**
 * Administration of the auth app's users, groups and permissions from code: what a
 * deployment uses to create its first accounts. Each call is one transaction.
 *
 * <pre>{@code
 * accounts.createUser("baker", "baker");
 * accounts.createGroup("kitchen", "slumber_examples.add_pizzaprice");
 * accounts.addToGroup("baker", "kitchen");
 * accounts.grant("baker", "slumber_examples.add_pizza");
 * }</pre>
 */
public interface Accounts {

    /** Flags of a new user. */
    enum Flag {
        /** May use administrative tools ({@code is_staff}). */
        STAFF,
        /** Holds every permission ({@code is_superuser}). */
        SUPERUSER,
        /** Cannot act ({@code is_active} false). */
        INACTIVE
    }

    /** The user of this name, if there is one. */
    Optional<User> user(String username);

    /**
     * Creates an active user (unless {@link Flag#INACTIVE}) with a hashed password.
     *
     * @param password the password, or null for a user who cannot log in with one (a service
     *                 that only signs requests)
     * @throws IllegalArgumentException when the name is taken or not a valid user name
     */
    User createUser(String username, String password, Flag... flags);

    /** Sets a user's password. */
    void setPassword(String username, String password);

    /**
     * Creates a group holding these permissions ({@code "<app label>.<codename>"}).
     *
     * @throws IllegalArgumentException when the name is taken or a permission does not exist
     */
    void createGroup(String name, String... permissions);

    /** Grants a user these permissions directly. */
    void grant(String username, String... permissions);

    /** Makes a user a member of a group. */
    void addToGroup(String username, String group);
}
