package org.slumber.examples.docs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.slumber.core.app.Converter;

// START SNIPPET: bookshop-converter
/** Dates as {@code 28.11.2026} instead of ISO {@code 2026-11-28}, for one model. */
final class DayMonthYear implements Converter<LocalDate> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    @Override
    public Object toJson(LocalDate value) {
        return FORMAT.format(value);
    }

    @Override
    public LocalDate fromJson(Object json) {
        try {
            return LocalDate.parse(json.toString(), FORMAT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expects a date such as 28.11.2026");
        }
    }
}
// END SNIPPET: bookshop-converter
