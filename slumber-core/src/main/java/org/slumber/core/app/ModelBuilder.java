package org.slumber.core.app;

import java.util.function.Function;
import org.slumber.core.operation.Operation;
import org.slumber.spi.model.Reference.OnDelete;
import org.slumber.spi.model.ValueType;

/**
 * Declares one model: its key, fields, display text, read-only properties and operations.
 * Handed to the definition given to {@link AppBuilder#model}; valid only during that call.
 *
 * <p>Field declarations ({@link #string}, {@link #bool}, {@link #foreignKey}, ...) add a field;
 * the modifiers after them ({@link #required}, {@link #nullable}, {@link #unique},
 * {@link #defaultValue}, ...) apply to the field declared last. A field is not null unless
 * declared {@link #nullable()}; a field that is neither nullable nor has a default must be
 * given on create and PUT (a missing one gets 400).
 *
 * <pre>{@code
 * app.model("Pizza", m -> m
 *     .key("id")
 *     .string("name", 200).unique().required()
 *     .bool("for_sale").defaultValue(false)
 *     .foreignKey("exclusive_to", shop).nullable()
 *     .display(i -> i.string("name"))
 *     .operation("order", new OrderPizza()));
 * }</pre>
 */
public interface ModelBuilder {

    // ------------------------------------------------------------------ keys

    /** A generated 64-bit key: storage assigns it when a create does not give one. */
    ModelBuilder key(String name);

    /** A text key of at most {@code maxLength} characters, always supplied by the caller. */
    ModelBuilder stringKey(String name, int maxLength);

    /** A 64-bit key always supplied by the caller. */
    ModelBuilder suppliedKey(String name);

    // ------------------------------------------------------------------ fields

    /** A text field of at most {@code maxLength} characters. */
    ModelBuilder string(String name, int maxLength);

    /** A 32-bit integer field. */
    ModelBuilder integer(String name);

    /** A 64-bit integer field. */
    ModelBuilder bigInteger(String name);

    /** A boolean field. */
    ModelBuilder bool(String name);

    /** An exact decimal field with {@code digits} digits in all, {@code places} after the point. */
    ModelBuilder decimal(String name, int digits, int places);

    /** A date field (ISO {@code 2026-11-28} on the wire). */
    ModelBuilder date(String name);

    /** A timestamp field (ISO-8601 instant on the wire, {@code 2026-11-28T08:00:00Z}). */
    ModelBuilder timestamp(String name);

    /**
     * A write-only password field: stored as a salted PBKDF2-SHA256 hash of what is written,
     * never shown in metadata or instance data.
     */
    ModelBuilder password(String name);

    /**
     * A foreign key to a model of this or another app (kind {@code object} on the wire). Its
     * data array on the target is named by {@link #relatedName}, or else by this model's name
     * in lower case. By default deleting the target deletes this instance (required keys) or
     * sets the key to null (nullable keys); see {@link #onDelete}.
     */
    ModelBuilder foreignKey(String name, ModelRef target);

    /**
     * A remote foreign key to an instance of a model on another service, declared with the
     * target model's URL (absolute, or in {@code slumber://service/...} form). Stored in
     * {@code slumber://} form when a known service matches.
     */
    ModelBuilder remoteForeignKey(String name, String targetModelUrl);

    /**
     * A many-to-many link to another model, kept in its own table, shown as a data array of
     * this model (a user's {@code groups}).
     */
    ModelBuilder manyToMany(String name, ModelRef target);

    // ------------------------------------------------------------------ modifiers of the last field

    /** The last field must be given on create and PUT, and is not null. */
    ModelBuilder required();

    /** The last field may be null, and is null when a create leaves it out. */
    ModelBuilder nullable();

    /** The last field's values are unique across instances (shown in {@code puttable}). */
    ModelBuilder unique();

    /**
     * The value the last field takes when a create or PUT leaves it out: a constant in the
     * field's Java or wire form, or a {@link java.util.function.Supplier} called for each
     * instance (a timestamp field's {@code Instant::now}).
     */
    ModelBuilder defaultValue(Object value);

    /** The last (text) field's values must match this regular expression as a whole. */
    ModelBuilder pattern(String regex);

    /** The last (text) field accepts only these values. */
    ModelBuilder choices(String... values);

    /** The name of the last (foreign key) field's data array on its target model. */
    ModelBuilder relatedName(String name);

    /** What deleting the target of the last (foreign key) field does to this model's instances. */
    ModelBuilder onDelete(OnDelete rule);

    /** The human name of the last field in metadata (default: its name with spaces for underscores). */
    ModelBuilder verboseName(String name);

    /** The column of the last field in storage (default: its name). */
    ModelBuilder column(String name);

    /**
     * The last (remote foreign key) field is checked against its service on every write: the
     * instance it names must exist there and be of the declared model. Without this, only the
     * URL's shape is checked.
     */
    ModelBuilder validateRemote();

    /** The last field cannot be written through the API (metadata still shows it). */
    ModelBuilder readOnly();

    // ------------------------------------------------------------------ the model

    /** The table (default: {@code <app label>_<model name in lower case>}). */
    ModelBuilder table(String name);

    /** These fields' values are unique together (shown in {@code puttable}). */
    ModelBuilder uniqueTogether(String... fields);

    /** The display text of an instance (default {@code "<Model> object"}). */
    ModelBuilder display(Function<Instance, String> display);

    /**
     * A read-only computed property, shown with kind {@code property}. The value must be a
     * JSON-able Java value: String, Number, Boolean, null, List or Map.
     */
    ModelBuilder property(String name, Function<Instance, ?> compute);

    /** Removes a built-in operation ({@code delete}, {@code update}, ...). */
    ModelBuilder withoutOperation(String name);

    /**
     * Serves a built-in or declared operation at a custom URI too, relative to the mount point
     * and without the service segment ({@code "pizzas/shop"} answers
     * {@code /slumber/pizzas/shop/<pk>/}). Links to it then use that URI.
     */
    ModelBuilder mount(String operationName, String uri);

    /** Adds an operation at its default URL ({@code <model>/<name>/}). */
    ModelBuilder operation(String name, Operation operation);

    /** Adds an operation mounted at a custom URI (see {@link #mount}). */
    ModelBuilder operation(String name, Operation operation, String uri);

    /** Replaces the JSON encoding of one stored type for this model. */
    <T> ModelBuilder converter(ValueType type, Converter<T> converter);

    /**
     * Makes this model the profile model of the auth app: its foreign key to the auth user
     * ({@code ModelRef.AUTH_USER}) finds a user's profile for {@code get-profile}.
     */
    ModelBuilder userProfile();
}
