package org.slumber.core.internal.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.slumber.core.app.Converter;
import org.slumber.spi.model.ValueType;

/** The built-in wire encodings of the stored value types (wire-protocol.md, "Value encoding"). */
public final class Codecs {

    private Codecs() {
    }

    /** The built-in codec of a type; decimals are checked against their digits and places. */
    public static ValueCodec of(ValueType type, int precision, int scale) {
        return switch (type) {
            case LONG -> LONG;
            case INTEGER -> INTEGER;
            case STRING, REMOTE_REFERENCE -> STRING;
            case BOOLEAN -> BOOLEAN;
            case DECIMAL -> new DecimalCodec(precision, scale);
            case DATE -> DATE;
            case TIMESTAMP -> TIMESTAMP;
        };
    }

    /** A codec that uses a model's {@link Converter}. */
    @SuppressWarnings("unchecked")
    public static ValueCodec of(Converter<?> converter) {
        Converter<Object> c = (Converter<Object>) converter;
        return new ValueCodec() {
            @Override
            public Object toJson(Object value) {
                return c.toJson(value);
            }

            @Override
            public Object fromJson(Object json) {
                return c.fromJson(json);
            }
        };
    }

    private static final ValueCodec LONG = new ValueCodec() {
        @Override
        public Object toJson(Object value) {
            return value;
        }

        @Override
        public Object fromJson(Object json) {
            return integral(json, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public String toText(Object value) {
            return value.toString();
        }
    };

    private static final ValueCodec INTEGER = new ValueCodec() {
        @Override
        public Object toJson(Object value) {
            return value;
        }

        @Override
        public Object fromJson(Object json) {
            return (int) integral(json, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public String toText(Object value) {
            return value.toString();
        }
    };

    private static final ValueCodec STRING = new ValueCodec() {
        @Override
        public Object toJson(Object value) {
            return value;
        }

        @Override
        public Object fromJson(Object json) {
            if (json instanceof String text) {
                return text;
            }
            throw new IllegalArgumentException("expects a string");
        }

        @Override
        public String toText(Object value) {
            return (String) value;
        }
    };

    private static final ValueCodec BOOLEAN = new ValueCodec() {
        @Override
        public Object toJson(Object value) {
            return value;
        }

        @Override
        public Object fromJson(Object json) {
            if (json instanceof Boolean flag) {
                return flag;
            }
            if (json instanceof String text) {
                switch (text.trim().toLowerCase(Locale.ROOT)) {
                    case "true", "1", "on", "yes", "t":
                        return Boolean.TRUE;
                    case "false", "0", "off", "no", "f", "":
                        return Boolean.FALSE;
                    default:
                        break;
                }
            }
            throw new IllegalArgumentException("expects true or false");
        }
    };

    private static final ValueCodec DATE = new ValueCodec() {
        @Override
        public Object toJson(Object value) {
            return value.toString();
        }

        @Override
        public Object fromJson(Object json) {
            if (json instanceof String text) {
                try {
                    return inRange(LocalDate.parse(text.trim()));
                } catch (DateTimeParseException e) {
                    // fall through
                }
            }
            throw new IllegalArgumentException("expects a date as YYYY-MM-DD");
        }
    };

    private static final ValueCodec TIMESTAMP = new ValueCodec() {
        @Override
        public Object toJson(Object value) {
            return value.toString();
        }

        @Override
        public Object fromJson(Object json) {
            if (json instanceof String text) {
                String trimmed = text.trim();
                Instant instant;
                try {
                    instant = Instant.parse(trimmed);
                } catch (DateTimeParseException e) {
                    try {
                        instant = OffsetDateTime.parse(trimmed).toInstant();
                    } catch (DateTimeParseException e2) {
                        instant = null;
                    }
                }
                if (instant != null) {
                    inRange(instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
                    return instant;
                }
            }
            throw new IllegalArgumentException("expects an ISO-8601 timestamp such as 2026-11-28T08:00:00Z");
        }
    };

    /**
     * Whether a decimal surely has more than {@code digits} digits before the point, or an
     * exponent so large or small that rescaling it would be costly; checked without rescaling.
     */
    static boolean tooLarge(BigDecimal value, int digits) {
        if (value.signum() == 0) {
            return Math.abs((long) value.scale()) > 10_000;
        }
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits > digits || value.scale() > 10_000;
    }

    /** Dates from year 1 to 9999: what every supported store keeps exactly. */
    private static LocalDate inRange(LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException("must lie in the years 1 to 9999");
        }
        return date;
    }

    private static long integral(Object json, long min, long max) {
        BigInteger value = null;
        if (json instanceof Integer || json instanceof Long || json instanceof Short || json instanceof Byte) {
            value = BigInteger.valueOf(((Number) json).longValue());
        } else if (json instanceof BigInteger big) {
            value = big;
        } else if (json instanceof BigDecimal decimal) {
            // refuse huge exponents before any rescaling: 1e99999999 would build 100 million digits
            if (tooLarge(decimal, 40)) {
                throw new IllegalArgumentException("expects an integer from " + min + " to " + max);
            }
            try {
                value = decimal.toBigIntegerExact();
            } catch (ArithmeticException e) {
                value = null;
            }
        } else if (json instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.matches("[+-]?\\d{1,40}")) {
                value = new BigInteger(trimmed);
            }
        }
        if (value == null) {
            throw new IllegalArgumentException("expects an integer");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("expects an integer from " + min + " to " + max);
        }
        return value.longValue();
    }

    /** Decimals: strings on the wire that keep their scale ({@code "12.50"}). */
    private record DecimalCodec(int precision, int scale) implements ValueCodec {

        @Override
        public Object toJson(Object value) {
            return ((BigDecimal) value).setScale(scale, java.math.RoundingMode.HALF_EVEN).toPlainString();
        }

        @Override
        public Object fromJson(Object json) {
            BigDecimal value;
            if (json instanceof BigDecimal decimal) {
                value = decimal;
            } else if (json instanceof Integer || json instanceof Long) {
                value = BigDecimal.valueOf(((Number) json).longValue());
            } else if (json instanceof BigInteger big) {
                value = new BigDecimal(big);
            } else if (json instanceof Double || json instanceof Float) {
                value = new BigDecimal(json.toString());
            } else if (json instanceof String text && text.trim().matches("[+-]?(\\d{1,60}(\\.\\d{0,60})?|\\.\\d{1,60})")) {
                value = new BigDecimal(text.trim());
            } else {
                throw new IllegalArgumentException("expects a decimal number such as \"12.50\"");
            }
            if (tooLarge(value, precision - scale)) {
                throw new IllegalArgumentException("allows at most " + (precision - scale) + " digits before the point");
            }
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            if (value.scale() > scale) {
                throw new IllegalArgumentException("allows at most " + scale + " digits after the point");
            }
            if (value.precision() - value.scale() > precision - scale) {
                throw new IllegalArgumentException("allows at most " + (precision - scale) + " digits before the point");
            }
            return value.setScale(scale);
        }
    }
}
