package org.slumber.examples.pizza;

import org.slumber.core.auth.Accounts;
import org.slumber.core.auth.Accounts.Flag;

/** The accounts the example creates in a new database (spec/examples.md, "Accounts in the example"). */
public final class ExampleAccounts {

    /** The user the example's own signing key acts as. */
    public static final String SERVICE_USER = "service";

    private ExampleAccounts() {
    }

    /** Creates {@code service}, {@code user}, {@code baker} (with the {@code kitchen} group) and {@code retired}. */
    public static void create(Accounts accounts) {
        // START SNIPPET: example-accounts
        accounts.createUser(SERVICE_USER, null, Flag.SUPERUSER, Flag.STAFF);
        accounts.createUser("user", "pass", Flag.STAFF);
        accounts.createUser("baker", "baker");
        accounts.grant("baker", "slumber_examples.add_pizza", "slumber_examples.change_pizza");
        accounts.createGroup("kitchen", "slumber_examples.add_pizzaprice");
        accounts.addToGroup("baker", "kitchen");
        accounts.createUser("retired", "retired", Flag.INACTIVE);
        // END SNIPPET: example-accounts
    }
}
