package org.slumber.core.operation;

import java.util.List;
import java.util.Map;
import org.slumber.core.app.Instance;
import org.slumber.core.auth.User;

/**
 * One request to an operation, as the operation sees it. Valid only during
 * {@link Operation#handle}, on the thread that called it.
 */
public interface OperationCall {

    /** The HTTP method: GET, POST, PUT or DELETE. */
    String method();

    /** The query parameters. */
    QueryParameters query();

    /**
     * The request body as a JSON object: parsed from JSON, or from a form-encoded body (values
     * are then strings; a name given several times keeps its last value). Empty when there is
     * no body.
     *
     * @throws OperationException.BadRequest when the body is not a JSON object or a form
     */
    Map<String, Object> body();

    /**
     * The decoded path segments after the operation's name, or for an instance operation after
     * the primary key: {@code .../has-permission/1/auth.add_user/} gives
     * {@code ["auth.add_user"]}.
     */
    List<String> arguments();

    /** For an instance operation, the primary key as sent (decoded); null for a model operation. */
    String primaryKey();

    /** The authenticated user the request acts as. */
    User user();

    /** Whether the user holds a permission ({@code "<app label>.<codename>"}). */
    boolean hasPermission(String permission);

    /**
     * For an instance operation, the instance the primary key names.
     *
     * @throws OperationException.NotFound when there is none
     */
    Instance instance();

    /** The URL path of the model ({@code /slumber/pizzas/slumber_examples/Pizza/}). */
    String modelUrl();

    /** The data URL path of the instance of this model with this key (the mounted one when {@code data} is mounted). */
    String dataUrl(Object key);

    /** The answer to fill in. */
    Response response();
}
