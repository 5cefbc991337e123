package org.slumber.examples.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slumber.core.app.Instance;
import org.slumber.core.operation.InstanceOperation;
import org.slumber.core.operation.OperationCall;
import org.slumber.core.operation.OperationException;

/**
 * The Book instance operation {@code label} of {@link BookshopApp}: {@code GET
 * .../Book/label/<pk>/[short|long]/} answers the text of a shelf label; {@code POST} with
 * {@code {"copies": n}} (permission {@code bookshop.change_book}) answers what it would print.
 */
// START SNIPPET: book-label
final class BookLabel extends InstanceOperation {

    private static final List<String> STYLES = List.of("short", "long");

    /** POST needs the model's change permission; GET any authenticated user. */
    @Override
    public String requiredPermission(String method) {
        return method.equals("POST") ? "change" : null;
    }

    @Override
    protected void get(OperationCall call, String pk) {
        String style = call.arguments().isEmpty() ? "short" : call.arguments().get(0);
        if (!STYLES.contains(style)) {
            throw new OperationException.BadRequest("Unknown label style " + style + "; use one of " + STYLES);
        }
        Instance book = call.instance();                    // 404 when there is no book with this key
        call.response()
                .put("label", text(book, style))
                .put("book", call.dataUrl(book.key()))
                .header("Cache-Control", "max-age=60");
    }

    @Override
    protected void post(OperationCall call, String pk) {
        Object copies = call.body().get("copies");          // a JSON number, or a string from a form
        int count;
        try {
            count = Integer.parseInt(String.valueOf(copies));
        } catch (NumberFormatException e) {
            throw new OperationException.BadRequest("Give copies as a whole number, e.g. {\"copies\": 2}");
        }
        if (count < 1 || count > 100) {
            throw new OperationException.BadRequest("copies must be 1 to 100, got " + count);
        }
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("label", text(call.instance(), "long"));
        job.put("copies", count);
        job.put("requested_by", call.user().username());
        call.response().status(202).put("print", job);
    }

    private static String text(Instance book, String style) {
        String title = book.string("title");
        return style.equals("short") ? title
                : title + " / " + book.related("author").display() + " / " + book.decimal("price") + " EUR";
    }
}
// END SNIPPET: book-label
