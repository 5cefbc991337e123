package org.slumber.core.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slumber.core.internal.render.Documents.map;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The XML sample of the site's wire-protocol page is the fixture {@value #FIXTURE}, which the
 * page includes whole; this test keeps it equal to what {@link XmlRenderer} really writes.
 * The fixture is the output byte for byte, on one line as written, with at most a final line
 * break added by an editor.
 */
@DisplayName("The XML sample of the wire-protocol page")
class XmlSampleTest {

    /** The fixture, next to this class on the test class path. */
    static final String FIXTURE = "wire-protocol-sample.xml";

    @Test
    @DisplayName("is exactly what the XML renderer writes for its document: a key escaped, a decimal, a null, then _meta")
    void sampleIsTheRenderersOutput() throws IOException {
        Answer answer = new Answer(200, map("name", "Pizza", "1st", 1L,
                "prices", Arrays.asList(new BigDecimal("12.50"), null)), List.of(), null, false, "/");

        String written = new String(new XmlRenderer("application/xml").render(answer), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(fixture());
    }

    private static String fixture() throws IOException {
        try (InputStream in = XmlSampleTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as("the fixture %s next to %s", FIXTURE, XmlSampleTest.class.getName()).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
    }
}
