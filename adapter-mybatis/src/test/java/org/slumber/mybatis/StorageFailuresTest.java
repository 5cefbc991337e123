package org.slumber.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StorageFailuresTest {

    @Test
    @DisplayName("reads constraint names the way Derby and PostgreSQL quote them")
    void readsConstraintNames() {
        assertThat(StorageFailures.constraintName("The statement was aborted because it would have caused a duplicate"
                + " key value in a unique or primary key constraint or unique index identified by 'uq_t_slug'"
                + " defined on 't'.")).isEqualTo("uq_t_slug");
        assertThat(StorageFailures.constraintName("DELETE on table 't' caused a violation of foreign key constraint"
                + " 'fk_o_shop_id' for key (1).  The statement has been rolled back.")).isEqualTo("fk_o_shop_id");
        assertThat(StorageFailures.constraintName("ERROR: duplicate key value violates unique constraint"
                + " \"uq_t_slug\"\n  Detail: Key (slug)=(x) already exists.")).isEqualTo("uq_t_slug");
        assertThat(StorageFailures.constraintName("Table/View 'T' does not exist.")).isNull();
        assertThat(StorageFailures.constraintName(null)).isNull();
    }
}
