package org.slumber.core.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slumber.spi.Headers;
import org.slumber.spi.transport.Transport;
import org.slumber.spi.transport.TransportRequest;
import org.slumber.spi.transport.TransportResponse;

/**
 * The in-memory server behind {@link MockClient}: a transport that answers the wire-protocol
 * documents (wire-protocol.md) for the models it holds, at {@code http://mock.slumber/slumber/}.
 * Requests are served one at a time.
 */
final class FakeServer implements Transport {

    static final String ORIGIN = "http://mock.slumber";
    static final String MOUNT = "/slumber/";
    private static final int PAGE_SIZE = 10;

    /** An answer other than 200: status and error text. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final Map<String, String> headers;

        Problem(int status, String message) {
            this(status, message, Map.of());
        }

        Problem(int status, String message, Map<String, String> headers) {
            super(message, null, false, false);
            this.status = status;
            this.headers = headers;
        }
    }

    /** Service name to dotted app name to model name to model, in declaration order. */
    private final Map<String, Map<String, Map<String, FakeModel>>> services = new LinkedHashMap<>();

    FakeServer(List<FakeModel> models) {
        for (FakeModel model : models) {
            services.computeIfAbsent(model.path.service(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(model.path.app(), a -> new LinkedHashMap<>())
                    .put(model.name(), model);
        }
    }

    /** Service name to its absolute URL. */
    Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        services.keySet().forEach(service -> urls.put(service, ORIGIN + MOUNT + service + "/"));
        return urls;
    }

    @Override
    public synchronized TransportResponse send(TransportRequest request) {
        Headers.Builder headers = Headers.builder().add("Content-Type", "application/json; charset=utf-8");
        int status = 200;
        Map<String, Object> body;
        try {
            body = route(request);
        } catch (Problem problem) {
            status = problem.status;
            problem.headers.forEach(headers::add);
            body = new LinkedHashMap<>();
            if (status >= 400) {
                body.put("error", problem.getMessage());
            }
        }
        body.put("_meta", FakeDocuments.meta(status));
        return new TransportResponse(status, headers.build(), WireJson.bytes(body));
    }

    @Override
    public void close() {
        // nothing to release
    }

    // ---------------------------------------------------------------- routing

    private Map<String, Object> route(TransportRequest request) {
        URI uri = request.uri();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        if (!origin.equalsIgnoreCase(ORIGIN) || !path.startsWith(MOUNT)) {
            throw new Problem(404, "The mock client serves only " + ORIGIN + MOUNT + "...; nothing is at " + uri);
        }
        if (!path.endsWith("/")) {
            throw new Problem(301, "", Map.of("Location", path + "/"));
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(MOUNT.length()).split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        String method = request.method();
        if (segments.isEmpty()) {
            allow(method, "GET");
            Map<String, Object> directory = new LinkedHashMap<>();
            directory.put("services", serviceUrls());
            return directory;
        }
        String service = segments.get(0);
        Map<String, Map<String, FakeModel>> apps = services.get(service);
        if (apps == null) {
            throw new Problem(404, "No service " + service + "; the mock has " + services.keySet());
        }
        List<String> rest = segments.subList(1, segments.size());
        if (rest.isEmpty()) {
            allow(method, "GET");
            return applicationList(service, apps);
        }
        String app = longestApp(apps, rest);
        if (app == null) {
            throw new Problem(404, "Service " + service + " has no app at " + String.join("/", rest)
                    + "; its apps are " + new TreeSet<>(apps.keySet()));
        }
        List<String> after = rest.subList(app.split("\\.").length, rest.size());
        Map<String, FakeModel> models = apps.get(app);
        if (after.isEmpty()) {
            allow(method, "GET");
            Map<String, Object> document = new LinkedHashMap<>();
            Map<String, Object> urls = new LinkedHashMap<>();
            models.values().forEach(model -> urls.put(model.name(), model.url()));
            document.put("models", urls);
            return document;
        }
        FakeModel model = models.get(after.get(0));
        if (model == null) {
            throw new Problem(404, "App " + app + " has no model " + after.get(0) + "; its models are "
                    + new TreeSet<>(models.keySet()));
        }
        if (after.size() == 1) {
            allow(method, "GET");
            return FakeDocuments.metadata(model);
        }
        String operation = after.get(1);
        List<String> arguments = after.subList(2, after.size());
        String query = uri.getRawQuery();
        switch (operation) {
            case "instances" -> {
                allow(method, "GET");
                noArguments(operation, arguments);
                return instances(model, query);
            }
            case "get" -> {
                allow(method, "GET");
                noArguments(operation, arguments);
                return get(model, query);
            }
            case "create" -> {
                allow(method, "POST");
                noArguments(operation, arguments);
                return create(model, body(request));
            }
            case "data" -> {
                if (arguments.size() == 2) {
                    allow(method, "GET");
                    return dataArray(model, row(model, arguments.get(0)), arguments.get(1), query);
                }
                oneArgument(operation, arguments);
                allow(method, "GET", "DELETE");
                Map<String, Object> row = row(model, arguments.get(0));
                if (method.equals("DELETE")) {
                    delete(model, row);
                    return new LinkedHashMap<>();
                }
                return FakeDocuments.instanceData(model, row);
            }
            case "update" -> {
                allow(method, "POST");
                oneArgument(operation, arguments);
                return update(model, row(model, arguments.get(0)), body(request));
            }
            case "delete" -> {
                allow(method, "POST");
                oneArgument(operation, arguments);
                delete(model, row(model, arguments.get(0)));
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("deleted", true);
                return answer;
            }
            default -> throw new Problem(404, "Model " + model.name() + " has no operation " + operation
                    + "; its operations are [instances, create, get, data, update, delete]");
        }
    }

    private static String longestApp(Map<String, Map<String, FakeModel>> apps, List<String> segments) {
        String best = null;
        int bestLength = 0;
        for (String app : apps.keySet()) {
            List<String> parts = Arrays.asList(app.split("\\."));
            if (parts.size() > bestLength && parts.size() <= segments.size()
                    && segments.subList(0, parts.size()).equals(parts)) {
                best = app;
                bestLength = parts.size();
            }
        }
        return best;
    }

    private static void allow(String method, String... allowed) {
        if (!Arrays.asList(allowed).contains(method)) {
            List<String> header = new ArrayList<>(Arrays.asList(allowed));
            header.add(header.indexOf("GET") + 1, "OPTIONS");
            throw new Problem(405, "Method " + method + " is not allowed here; allowed: " + String.join(", ", header),
                    Map.of("Allow", String.join(", ", header)));
        }
    }

    private static void noArguments(String operation, List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new Problem(404, operation + " takes no path arguments");
        }
    }

    private static void oneArgument(String operation, List<String> arguments) {
        if (arguments.size() != 1) {
            throw new Problem(404, operation + " takes only the instance's key");
        }
    }

    private static Map<String, Object> row(FakeModel model, String keyText) {
        Map<String, Object> row = model.rows.get(keyText);
        if (row == null) {
            throw new Problem(404, model.name() + " has no instance with key " + keyText);
        }
        return row;
    }

    private static Map<String, Object> body(TransportRequest request) {
        if (request.body().length == 0) {
            return new LinkedHashMap<>();
        }
        Object parsed;
        try {
            parsed = WireJson.parse(new String(request.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "The body is not JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new Problem(400, "The body must be a JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((name, value) -> fields.put(String.valueOf(name), value));
        return fields;
    }

    // ---------------------------------------------------------------- documents

    private Map<String, Object> applicationList(String service, Map<String, Map<String, FakeModel>> apps) {
        Map<String, Object> urls = new LinkedHashMap<>();
        apps.keySet().forEach(app -> urls.put(app, MOUNT + service + "/" + app.replace('.', '/') + "/"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apps", urls);
        document.put("configuration", new LinkedHashMap<>());
        document.put("services", serviceUrls());
        return document;
    }

    // ---------------------------------------------------------------- operations

    private static Map<String, Object> instances(FakeModel model, String query) {
        String startAfter = startAfter(query);
        List<Map<String, Object>> rows = model.descending(row -> startAfter == null
                || FakeModel.KEY_ORDER.compare(FakeModel.text(row.get(model.keyField)), startAfter) < 0);
        List<Map<String, Object>> page = rows.subList(0, Math.min(PAGE_SIZE, rows.size()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("model", model.url());
        document.put("page", page.stream().map(row -> FakeDocuments.pageItem(model, row, false)).toList());
        if (!page.isEmpty()) {   // compatible quirk: present whenever the page is not empty
            document.put("next_page", model.operationUrl("instances") + "?start_after="
                    + FakeModel.segment(FakeModel.text(page.get(page.size() - 1).get(model.keyField))));
        }
        return document;
    }

    private static Map<String, Object> dataArray(FakeModel model, Map<String, Object> owner, String name,
                                                 String query) {
        FakeModel.DataArray array = model.dataArrays.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new Problem(404, model.name() + " has no data array " + name + "; it has "
                        + model.dataArrays.stream().map(FakeModel.DataArray::name).toList()));
        String ownerKey = FakeModel.text(owner.get(model.keyField));
        String startAfter = startAfter(query);
        FakeModel source = array.source();
        List<Map<String, Object>> rows = source.descending(row -> ownerKey.equals(FakeModel.text(row.get(array.field())))
                && (startAfter == null
                || FakeModel.KEY_ORDER.compare(FakeModel.text(row.get(source.keyField)), startAfter) < 0));
        List<Map<String, Object>> page = rows.subList(0, Math.min(PAGE_SIZE, rows.size()));
        String url = model.dataUrl(ownerKey);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("instance", url);
        document.put("page", page.stream().map(row -> FakeDocuments.pageItem(source, row, true)).toList());
        if (rows.size() > page.size()) {
            document.put("next_page", url + name + "/?start_after="
                    + FakeModel.segment(FakeModel.text(page.get(page.size() - 1).get(source.keyField))));
        }
        return document;
    }

    private static String startAfter(String query) {
        for (String pair : WireJson.query(query)) {
            if (pair.startsWith("start_after=")) {
                String value = pair.substring("start_after=".length());
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static Map<String, Object> get(FakeModel model, String query) {
        List<String> pairs = WireJson.query(query);
        List<Predicate<Map<String, Object>>> conditions = new ArrayList<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            String field = name.equals("pk") ? model.keyField : name;
            if (!model.fields.contains(field)) {
                throw new Problem(400, model.name() + " has no field " + name + "; its fields are "
                        + model.fieldList() + " (pk names the key)");
            }
            FakeModel target = model.foreignKeys.get(field);
            String wanted = target == null ? value : targetKeyText(model, field, target, value);
            conditions.add(row -> matches(row.get(field), wanted));
        }
        List<Map<String, Object>> found = model.descending(row -> conditions.stream().allMatch(c -> c.test(row)));
        if (found.isEmpty()) {
            throw new Problem(404, "No " + model.name() + " matches " + String.join("&", pairs));
        }
        if (found.size() > 1) {
            throw new Problem(400, found.size() + " instances of " + model.name() + " match "
                    + String.join("&", pairs) + "; get needs a query that matches one");
        }
        return FakeDocuments.instanceData(model, found.get(0));
    }

    private static boolean matches(Object value, String wanted) {
        if (value == null) {
            return false;
        }
        String text = FakeModel.text(value);
        return value instanceof Boolean ? text.equalsIgnoreCase(wanted) : text.equals(wanted);
    }

    private static Map<String, Object> create(FakeModel model, Map<String, Object> body) {
        Map<String, Object> values = values(model, body);
        Object key = values.get(model.keyField);
        if (key == null) {
            key = model.generateKey();
            if (key == null) {
                throw new Problem(400, "Field " + model.keyField + " of " + model.name()
                        + " is the key and must be given");
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (String field : model.fields) {
            row.put(field, values.get(field));
        }
        row.put(model.keyField, key);
        boolean created = !model.rows.containsKey(FakeModel.text(key));
        model.put(row);
        Map<String, Object> document = FakeDocuments.instanceData(model, row);
        document.put("pk", key);
        document.put("created", created);
        return document;
    }

    private static Map<String, Object> update(FakeModel model, Map<String, Object> row, Map<String, Object> body) {
        Map<String, Object> values = values(model, body);
        Object key = row.get(model.keyField);
        if (values.containsKey(model.keyField)) {
            Object newKey = values.remove(model.keyField);
            if (!FakeModel.text(key).equals(FakeModel.text(newKey))) {
                throw new Problem(400, "Field " + model.keyField + " is the key of " + model.name()
                        + " and cannot be changed by update");
            }
        }
        row.putAll(values);
        Map<String, Object> self = new LinkedHashMap<>();
        self.put("url", model.dataUrl(FakeModel.text(key)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("self", self);
        return answer;
    }

    /** Deletes a row; foreign keys that pointed at it become null. */
    private void delete(FakeModel model, Map<String, Object> row) {
        String key = FakeModel.text(row.get(model.keyField));
        model.rows.remove(key);
        for (FakeModel.DataArray array : model.dataArrays) {
            for (Map<String, Object> referring : array.source().rows.values()) {
                if (key.equals(FakeModel.text(referring.get(array.field())))) {
                    referring.put(array.field(), null);
                }
            }
        }
    }

    /** The fields of a body, checked and converted to the types of the model's values. */
    private static Map<String, Object> values(FakeModel model, Map<String, Object> body) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            String field = entry.getKey();
            if (!model.fields.contains(field)) {
                throw new Problem(400, model.name() + " has no field " + field + "; its fields are "
                        + model.fieldList());
            }
            Object value = entry.getValue();
            FakeModel target = model.foreignKeys.get(field);
            if (target != null) {
                if (value != null) {
                    if (value instanceof Map || value instanceof List || value instanceof Boolean) {
                        throw new Problem(400, "Field " + field + " of " + model.name() + " expects a key or a "
                                + "data URL of a " + target.name() + ", got " + WireJson.text(value));
                    }
                    String keyText = targetKeyText(model, field, target, FakeModel.text(value));
                    Map<String, Object> targetRow = target.rows.get(keyText);
                    if (targetRow == null) {
                        throw new Problem(400, "Field " + field + " of " + model.name() + " refers to "
                                + target.name() + " " + keyText + ", which does not exist");
                    }
                    value = targetRow.get(target.keyField);
                }
            } else {
                try {
                    value = model.convert(field, value);
                } catch (IllegalArgumentException e) {
                    throw new Problem(400, e.getMessage());
                }
                if (value != null) {
                    model.types.putIfAbsent(field, value.getClass());
                }
            }
            values.put(field, value);
        }
        return values;
    }

    /** The key text a foreign key value names: the key itself, or a data URL (path or absolute) of the target. */
    private static String targetKeyText(FakeModel model, String field, FakeModel target, String value) {
        if (!value.startsWith("/") && !value.contains("://")) {
            return value;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "Field " + field + " of " + model.name() + " got a malformed URL: " + value);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String prefix = target.url() + "data/";
        boolean sameOrigin = !uri.isAbsolute() || (uri.getScheme() + "://" + uri.getRawAuthority())
                .equalsIgnoreCase(ORIGIN);
        String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        if (!sameOrigin || rest.isEmpty() || rest.indexOf('/') != rest.length() - 1) {
            throw new Problem(400, "Field " + field + " of " + model.name() + " expects a key or a data URL of a "
                    + target.name() + " (" + ORIGIN + prefix + "<key>/), got " + value);
        }
        return URLDecoder.decode(rest.substring(0, rest.length() - 1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
