package org.slumber.examples.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slumber.spi.model.LinkDescriptor;

/**
 * One version of the table of a many-to-many link: its (owner key, target key) pairs, kept
 * twice, ordered by owner and ordered by target, so that both "the targets of this owner" (for
 * {@code linked} and linked pages) and "the owners of this target" (for deleting a target) take
 * O(log n + pairs). Immutable, like {@link Table}.
 *
 * @param link     the link
 * @param byOwner  (owner, target) pairs
 * @param byTarget the same pairs as (target, owner)
 */
record LinkTable(LinkDescriptor link, Tree<Pair, Boolean> byOwner, Tree<Pair, Boolean> byTarget) {

    /** A link table without pairs. */
    static LinkTable create(LinkDescriptor link) {
        return new LinkTable(link, Tree.empty(Pair.ORDER), Tree.empty(Pair.ORDER));
    }

    /** Whether owner and target are linked. */
    boolean contains(Object owner, Object target) {
        return byOwner.containsKey(new Pair(owner, target));
    }

    /** This table with owner and target linked. */
    LinkTable add(Object owner, Object target) {
        return new LinkTable(link, byOwner.put(new Pair(owner, target), Boolean.TRUE),
                byTarget.put(new Pair(target, owner), Boolean.TRUE));
    }

    /** This table with owner and target unlinked. */
    LinkTable remove(Object owner, Object target) {
        return new LinkTable(link, byOwner.remove(new Pair(owner, target)), byTarget.remove(new Pair(target, owner)));
    }

    /**
     * Visits the keys of the targets linked to {@code owner}, largest first, below
     * {@code startAfter} (all when it is null), until the visitor returns false.
     */
    void targets(Object owner, Object startAfter, Predicate<Object> visitor) {
        Pair.seconds(byOwner, owner, startAfter, visitor);
    }

    /** This table without the pairs of this owner. */
    LinkTable withoutOwner(Object owner) {
        LinkTable changed = this;
        for (Object target : collect(byOwner, owner)) {
            changed = changed.remove(owner, target);
        }
        return changed;
    }

    /** This table without the pairs of this target. */
    LinkTable withoutTarget(Object target) {
        LinkTable changed = this;
        for (Object owner : collect(byTarget, target)) {
            changed = changed.remove(owner, target);
        }
        return changed;
    }

    private static List<Object> collect(Tree<Pair, Boolean> pairs, Object first) {
        List<Object> seconds = new ArrayList<>();
        Pair.seconds(pairs, first, null, seconds::add);
        return seconds;
    }

    @Override
    public String toString() {
        return "LinkTable[" + link.table() + ", " + byOwner.size() + " pairs]";
    }
}
