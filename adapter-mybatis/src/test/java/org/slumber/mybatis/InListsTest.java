package org.slumber.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slumber.spi.model.ValueType;

class InListsTest {

    @Test
    @DisplayName("rounds list sizes up to powers of two")
    void roundsSlots() {
        assertThat(List.of(1, 2, 3, 5, 8, 9, 500, 512)).extracting(InLists::slots)
                .containsExactly(1, 2, 4, 8, 8, 16, 512, 512);
    }

    @Test
    @DisplayName("drops repeated keys and splits long lists")
    void splitsDistinctKeys() {
        List<Object> keys = IntStream.range(0, 1100).mapToObj(i -> (Object) (long) (i % 1050)).toList();

        List<List<Object>> chunks = InLists.chunks(keys);

        assertThat(chunks).extracting(List::size).containsExactly(512, 512, 26);
        assertThat(chunks.get(2)).endsWith(1049L);
    }

    @Test
    @DisplayName("pads a chunk with its last key")
    void padsWithLastKey() {
        Map<String, Object> parameters = new HashMap<>();

        InLists.bind(parameters, "k", List.of(7L, 8L, 9L));

        assertThat(parameters).containsOnly(Map.entry("k0", 7L), Map.entry("k1", 8L), Map.entry("k2", 9L),
                Map.entry("k3", 9L));
        assertThat(InLists.parameters("k", 2, ValueType.LONG)).isEqualTo(
                "#{k0,javaType=java.lang.Long,jdbcType=BIGINT}, #{k1,javaType=java.lang.Long,jdbcType=BIGINT}");
    }
}
