package org.slumber.core.internal.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents and answers for the renderer tests, hostile ones above all. */
final class Documents {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String JAVASCRIPT = "javascript:alert(1)";
    static final String NON_ASCII = "pizza \uD83C\uDF55 \u00E9t\u00E9 \u200F\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u4E2D\u6587";
    static final List<String> ODD_KEYS = List.of("1st", "a b", "xmlFoo", "XML", "xml", "_x0041_", "", "\uD83D\uDE00",
            "_x", "x:y", "-dash", ".dot", "tab\there", "_x_", "_x005F_", "\u00E9t\u00E9", "<k>", "&amp;");

    private Documents() {
    }

    /** Every C0 control character, U+0000 to U+001F, in order. */
    static String controls() {
        StringBuilder text = new StringBuilder(32);
        for (char c = 0; c < 0x20; c++) {
            text.append(c);
        }
        return text.toString();
    }

    /** Objects nested {@code depth} deep, with a leaf at the bottom. */
    static Map<String, Object> nested(int depth) {
        Map<String, Object> inner = map("leaf", "bottom <b>");
        for (int i = 0; i < depth; i++) {
            inner = i % 2 == 0 ? map("level", inner) : map("list", List.of(inner));
        }
        return inner;
    }

    /** A document with everything hard to write. */
    static Map<String, Object> hostile() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(SCRIPT, SCRIPT);
        document.put(IMG, IMG);
        document.put("quotes", "\"double\" and 'single' & <angle> brackets");
        document.put("non-ascii " + NON_ASCII, NON_ASCII);
        document.put("controls", controls());
        Map<String, Object> controlKeys = new LinkedHashMap<>();
        for (char c = 0; c < 0x20; c++) {
            controlKeys.put("k" + c, (int) c);
        }
        document.put("control keys", controlKeys);
        document.put("cdata end", "a]]>b ]]> <![CDATA[x]]>");
        document.put("comment", "-- <!-- not a comment --> --");
        document.put("entities", "&amp; &lt; &#x41; &#0; &nbsp;");
        document.put("backslashes", "\\u0041 \\\\ \\" + "\u0001" + "\\u0001");
        document.put("noncharacters", "\uFFFE\uFFFF");
        document.put("lone surrogates", "\uD800 x \uDC00 \uDBFF");
        document.put("carriage return", "a\r\nb\rc");
        document.put("urls", Arrays.asList(JAVASCRIPT, "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "data:text/html,<script>", "//evil.example/", "/\\evil.example/", "slumber://pizzas/x/",
                "/slumber/a/\"onmouseover=\"alert(1)", "https://example.com/?a=1&b=<2>"));
        for (String key : ODD_KEYS) {
            document.put(key, "value of " + key);
        }
        document.put("numbers", Arrays.asList(1L, -5, Integer.MAX_VALUE, Long.MIN_VALUE,
                new BigInteger("123456789012345678901234567890"), 1.5d, new BigDecimal("12.50"), Double.NaN));
        document.put("scalars", Arrays.asList(true, false, null, "", "1", 1L));
        document.put("empties", Arrays.asList(Map.of(), List.of(), new Object[0]));
        document.put("array", new Object[] {"a", null, 2L});
        document.put("deep", nested(64));
        return document;
    }

    /** An answer with a body and a path; not HAL. */
    static Answer answer(int status, Map<String, Object> body, String path) {
        return new Answer(status, body, List.of(), "service", false, path);
    }

    /** An ordered map of key, value pairs. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /**
     * The value the JSON view writes, as plain Java: ordered maps, lists, strings, BigInteger
     * or Double numbers, booleans and nulls (a decimal is a string, NaN is null).
     */
    static Object jsonView(Object value) {
        switch (JsonKind.of(value)) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((key, member) -> map.put(String.valueOf(key), jsonView(member)));
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                Collection<?> items = value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
                items.forEach(item -> list.add(jsonView(item)));
                return list;
            }
            case NUMBER -> {
                return number(value.toString());
            }
            case BOOLEAN -> {
                return value;
            }
            case NULL -> {
                return null;
            }
            default -> {
                return JsonKind.text(value);
            }
        }
    }

    /** A number's text as BigInteger when integral, else Double. */
    static Object number(String text) {
        return text.matches("-?\\d+") ? new BigInteger(text) : (Object) Double.valueOf(text);
    }
}
