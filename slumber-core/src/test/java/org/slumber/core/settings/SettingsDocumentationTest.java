package org.slumber.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README's settings table")
class SettingsDocumentationTest {

    @Test
    @DisplayName("lists every setting with its environment variable and key")
    void listsEverySetting() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (Setting<?> setting : Setting.all()) {
            assertThat(readme).as("README row of %s", setting.key())
                    .contains("| `" + setting.environmentVariable() + "` | `" + setting.key() + "` |");
        }
    }
}
