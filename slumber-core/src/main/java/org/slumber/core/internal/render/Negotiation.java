package org.slumber.core.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses a renderer by the {@code Accept} header (wire-protocol.md, "Content negotiation"):
 * JSON by default and for anything not otherwise recognised (a missing header, {@code *}{@code /*},
 * {@code text/plain}, {@code image/png}, ...), HTML for {@code text/html} (and
 * {@code application/xhtml+xml}), XML for {@code text/xml} and {@code application/xml}, and HAL's
 * own labelling for {@code application/hal+json}.
 *
 * <p>Media ranges are weighed as RFC 9110 says: each type we can send takes the q-value of the
 * most specific range that matches it ({@code text/html} over {@code text/*} over
 * {@code *}{@code /*}); {@code q=0} excludes it. The highest q wins; ties go to the type matched
 * by a more specific range, then to the range listed first, then to our order (JSON first). So a
 * browser's {@code text/html,application/xhtml+xml,application/xml;q=0.9,*}{@code /*;q=0.8}
 * gives HTML and {@code application/xml;q=0.9, application/json} gives JSON. A range with a
 * malformed q-value is ignored; when nothing acceptable remains the answer is JSON (never 406).
 * The renderers are shared stateless singletons.
 */
public final class Negotiation {

    private static final Renderer JSON = new JsonRenderer(false);
    private static final Renderer HAL_JSON = new JsonRenderer(true);
    private static final Renderer HTML = new HtmlRenderer();
    private static final Renderer TEXT_XML = new XmlRenderer("text/xml");
    private static final Renderer APPLICATION_XML = new XmlRenderer("application/xml");

    /** What we can send, in our order of preference, and who writes it. */
    private static final String[][] OFFERS = {{"application", "json"}, {"application", "hal+json"},
        {"text", "html"}, {"application", "xhtml+xml"}, {"text", "xml"}, {"application", "xml"}};
    private static final Renderer[] RENDERERS = {JSON, HAL_JSON, HTML, HTML, TEXT_XML, APPLICATION_XML};

    private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    /** Longer headers are weighed by their first ranges only. */
    private static final int MAX_RANGES = 64;

    private Negotiation() {
    }

    /** The renderer for an {@code Accept} header (null when absent). */
    public static Renderer choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<Range> ranges = parse(accept);
        Renderer best = JSON;
        int bestQ = 0;
        int bestSpecificity = -1;
        int bestPosition = Integer.MAX_VALUE;
        for (int offer = 0; offer < OFFERS.length; offer++) {
            int q = 0;
            int specificity = -1;
            int position = 0;
            for (Range range : ranges) {
                int matched = range.specificity(OFFERS[offer][0], OFFERS[offer][1]);
                if (matched > specificity || matched == specificity && matched >= 0 && range.q > q) {
                    specificity = matched;
                    q = range.q;
                    position = range.position;
                }
            }
            if (specificity >= 0 && (q > bestQ || q == bestQ && q > 0 && (specificity > bestSpecificity
                    || specificity == bestSpecificity && position < bestPosition))) {
                best = RENDERERS[offer];
                bestQ = q;
                bestSpecificity = specificity;
                bestPosition = position;
            }
        }
        return best;
    }

    /** The media ranges of a header, with q in thousandths; malformed ones are left out. */
    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String element : split(accept, ',')) {
            if (ranges.size() == MAX_RANGES) {
                break;
            }
            List<String> parts = split(element, ';');
            String type = parts.get(0).trim().toLowerCase(Locale.ROOT);
            if (type.equals("*")) {
                type = "*/*";
            }
            int slash = type.indexOf('/');
            if (slash <= 0 || slash == type.length() - 1 || type.startsWith("*/") && !type.equals("*/*")) {
                continue;
            }
            int q = 1000;
            for (int i = 1; i < parts.size() && q >= 0; i++) {
                String parameter = parts.get(i).trim();
                int equals = parameter.indexOf('=');
                if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("q")) {
                    q = quality(parameter.substring(equals + 1).trim());
                    break;
                }
            }
            if (q >= 0) {
                ranges.add(new Range(type.substring(0, slash), type.substring(slash + 1), q, ranges.size()));
            }
        }
        return ranges;
    }

    /** A q-value in thousandths, or -1 when malformed ("0", "0.5", "1.000"; at most 3 decimals). */
    private static int quality(String text) {
        if (!QUALITY.matcher(text).matches()) {
            return -1;
        }
        if (text.charAt(0) == '1') {
            return 1000;
        }
        String decimals = (text.length() > 2 ? text.substring(2) : "") + "000";
        return Integer.parseInt(decimals.substring(0, 3));
    }

    /** Splits on a separator outside double-quoted strings (which may hold backslash escapes). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** One media range, its q-value in thousandths and its place in the header. */
    private record Range(String type, String subtype, int q, int position) {

        /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 for none. */
        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(offerType)) {
                return -1;
            }
            return subtype.equals("*") ? 1 : subtype.equals(offerSubtype) ? 2 : -1;
        }
    }
}
