package org.slumber.examples.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The persistent tree behaves like a {@link TreeMap}, and older versions never change. */
class TreeTest {

    @Test
    @DisplayName("random puts and removes agree with a TreeMap, and every older version stays as it was")
    void agreesWithTreeMap() {
        Random random = new Random(42);
        Tree<Integer, String> tree = Tree.empty(Comparator.naturalOrder());
        NavigableMap<Integer, String> expected = new TreeMap<>();
        List<Tree<Integer, String>> versions = new ArrayList<>();
        List<NavigableMap<Integer, String>> expectedVersions = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            int key = random.nextInt(2_000);
            if (random.nextInt(3) == 0) {
                tree = tree.remove(key);
                expected.remove(key);
            } else {
                tree = tree.put(key, "v" + step);
                expected.put(key, "v" + step);
            }
            if (step % 2_000 == 0) {
                versions.add(tree);
                expectedVersions.add(new TreeMap<>(expected));
            }
        }

        assertSame(tree, expected, random);
        for (int i = 0; i < versions.size(); i++) {
            assertSame(versions.get(i), expectedVersions.get(i), random);
        }
    }

    private static void assertSame(Tree<Integer, String> tree, NavigableMap<Integer, String> expected, Random random) {
        assertThat(tree.size()).isEqualTo(expected.size());
        assertThat(descending(tree, null, Integer.MAX_VALUE)).containsExactlyElementsOf(expected.descendingMap().entrySet()
                .stream().map(Map.Entry::getKey).toList());
        for (int probe = 0; probe < 50; probe++) {
            int bound = random.nextInt(2_100) - 50;
            int limit = 1 + random.nextInt(20);
            assertThat(tree.get(bound)).isEqualTo(expected.get(bound));
            assertThat(descending(tree, bound, limit)).containsExactlyElementsOf(
                    expected.headMap(bound, false).descendingKeySet().stream().limit(limit).toList());
        }
    }

    private static List<Integer> descending(Tree<Integer, String> tree, Integer below, int limit) {
        List<Integer> keys = new ArrayList<>();
        tree.descending(key -> below == null ? -1 : Integer.compare(key, below), (key, value) -> {
            keys.add(key);
            return keys.size() < limit;
        });
        return keys;
    }
}
