package org.slumber.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    @DisplayName("masks password attributes and user-info passwords")
    void masksPasswords() {
        assertThat(DatabaseUrl.mask("jdbc:derby:/data/db;user=ann;password=s3cret;create=true"))
                .isEqualTo("jdbc:derby:/data/db;user=ann;password=***;create=true");
        assertThat(DatabaseUrl.mask("jdbc:postgresql://h/db?user=ann&PASSWORD=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=ann&PASSWORD=***&ssl=true");
        assertThat(DatabaseUrl.mask("jdbc:postgresql://ann:s3cret@h/db")).isEqualTo("jdbc:postgresql://ann:***@h/db");
        assertThat(DatabaseUrl.mask("jdbc:derby:memory:plain")).isEqualTo("jdbc:derby:memory:plain");
    }

    @Test
    @DisplayName("picks the dialect from the URL, and a temporary in-memory Derby database for none")
    void picksDialects() {
        DatabaseUrl none = DatabaseUrl.of(null);
        assertThat(none.dialect()).isInstanceOf(DerbyDialect.class);
        assertThat(none.temporary()).isTrue();
        assertThat(none.url()).startsWith("jdbc:derby:memory:slumber-").endsWith(";create=true");
        assertThat(DatabaseUrl.of("JDBC:DERBY:memory:x").dialect()).isInstanceOf(DerbyDialect.class);
        assertThat(DatabaseUrl.of("jdbc:postgresql://h/db").dialect()).isInstanceOf(PostgresDialect.class);
        assertThat(DatabaseUrl.of("jdbc:postgresql://h/db").temporary()).isFalse();
    }

    @Test
    @DisplayName("finds the database name of an embedded Derby URL")
    void findsDerbyDatabaseNames() {
        assertThat(DerbyDialect.databaseName("jdbc:derby:memory:x;create=true")).isEqualTo("memory:x");
        assertThat(DerbyDialect.databaseName("jdbc:derby:/data/db")).isEqualTo("/data/db");
        assertThat(DerbyDialect.databaseName("jdbc:derby:directory:db;user=a")).isEqualTo("directory:db");
    }
}
