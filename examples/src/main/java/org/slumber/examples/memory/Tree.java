package org.slumber.examples.memory;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

/**
 * An immutable sorted map: a persistent AVL tree. {@link #put} and {@link #remove} return a new
 * tree that shares every node off the changed path with this one, so a change costs
 * O(log n) time and memory, and any earlier version stays valid and unchanged. That is what
 * lets a reader keep the snapshot it started with while a writer builds the next one, without
 * copying whole tables.
 *
 * <p>Lookups are O(log n); {@link #descending} visits entries below a bound, largest first, in
 * O(log n + entries visited), which is what a keyset page needs.
 *
 * @param <K> the keys, ordered by the tree's comparator
 * @param <V> the values; never null
 */
final class Tree<K, V> {

    /** One node; immutable, so it can be shared by many versions of a tree. */
    private record Node<K, V>(K key, V value, Node<K, V> left, Node<K, V> right, int height, int size) {
    }

    private final Comparator<? super K> order;
    private final Node<K, V> root;

    private Tree(Comparator<? super K> order, Node<K, V> root) {
        this.order = order;
        this.root = root;
    }

    /** An empty tree ordered by {@code order}. */
    static <K, V> Tree<K, V> empty(Comparator<? super K> order) {
        return new Tree<>(Objects.requireNonNull(order, "order"), null);
    }

    /** How many entries the tree holds. */
    int size() {
        return size(root);
    }

    /** The value of this key, or null. */
    V get(K key) {
        Node<K, V> node = root;
        while (node != null) {
            int c = order.compare(key, node.key());
            if (c == 0) {
                return node.value();
            }
            node = c < 0 ? node.left() : node.right();
        }
        return null;
    }

    /** Whether the tree holds this key. */
    boolean containsKey(K key) {
        return get(key) != null;
    }

    /** This tree with {@code key} mapped to {@code value}. */
    Tree<K, V> put(K key, V value) {
        Objects.requireNonNull(value, "value");
        return new Tree<>(order, put(root, key, value));
    }

    /** This tree without {@code key}; this very tree when it does not hold the key. */
    Tree<K, V> remove(K key) {
        Node<K, V> changed = remove(root, key);
        return changed == root ? this : new Tree<>(order, changed);
    }

    /**
     * Visits, largest first, the entries whose key lies below a bound, until the visitor returns
     * false or the entries run out.
     *
     * @param bound   says where a key lies: negative when it is below the bound (to be visited),
     *                zero or positive when it is at or above it; must agree with the tree's order
     * @param visitor called with each key and value; returns whether to go on
     */
    void descending(ToIntFunction<? super K> bound, BiPredicate<? super K, ? super V> visitor) {
        descend(root, bound, visitor);
    }

    private boolean descend(Node<K, V> node, ToIntFunction<? super K> bound, BiPredicate<? super K, ? super V> visitor) {
        if (node == null) {
            return true;
        }
        if (bound.applyAsInt(node.key()) < 0) {
            return descend(node.right(), bound, visitor) && visitor.test(node.key(), node.value())
                    && descend(node.left(), bound, visitor);
        }
        return descend(node.left(), bound, visitor);
    }

    private Node<K, V> put(Node<K, V> node, K key, V value) {
        if (node == null) {
            return new Node<>(key, value, null, null, 1, 1);
        }
        int c = order.compare(key, node.key());
        if (c < 0) {
            return balance(node.key(), node.value(), put(node.left(), key, value), node.right());
        }
        if (c > 0) {
            return balance(node.key(), node.value(), node.left(), put(node.right(), key, value));
        }
        return new Node<>(key, value, node.left(), node.right(), node.height(), node.size());
    }

    private Node<K, V> remove(Node<K, V> node, K key) {
        if (node == null) {
            return null;
        }
        int c = order.compare(key, node.key());
        if (c < 0) {
            Node<K, V> left = remove(node.left(), key);
            return left == node.left() ? node : balance(node.key(), node.value(), left, node.right());
        }
        if (c > 0) {
            Node<K, V> right = remove(node.right(), key);
            return right == node.right() ? node : balance(node.key(), node.value(), node.left(), right);
        }
        if (node.left() == null) {
            return node.right();
        }
        if (node.right() == null) {
            return node.left();
        }
        Node<K, V> next = node.right();
        while (next.left() != null) {
            next = next.left();
        }
        return balance(next.key(), next.value(), node.left(), removeFirst(node.right()));
    }

    private Node<K, V> removeFirst(Node<K, V> node) {
        if (node.left() == null) {
            return node.right();
        }
        return balance(node.key(), node.value(), removeFirst(node.left()), node.right());
    }

    /** A node over two subtrees whose heights differ by at most two, rotated back into AVL shape. */
    private static <K, V> Node<K, V> balance(K key, V value, Node<K, V> left, Node<K, V> right) {
        int leftHeight = height(left);
        int rightHeight = height(right);
        if (leftHeight > rightHeight + 1) {
            if (height(left.left()) >= height(left.right())) {
                return node(left.key(), left.value(), left.left(), node(key, value, left.right(), right));
            }
            Node<K, V> middle = left.right();
            return node(middle.key(), middle.value(), node(left.key(), left.value(), left.left(), middle.left()),
                    node(key, value, middle.right(), right));
        }
        if (rightHeight > leftHeight + 1) {
            if (height(right.right()) >= height(right.left())) {
                return node(right.key(), right.value(), node(key, value, left, right.left()), right.right());
            }
            Node<K, V> middle = right.left();
            return node(middle.key(), middle.value(), node(key, value, left, middle.left()),
                    node(right.key(), right.value(), middle.right(), right.right()));
        }
        return node(key, value, left, right);
    }

    private static <K, V> Node<K, V> node(K key, V value, Node<K, V> left, Node<K, V> right) {
        return new Node<>(key, value, left, right, 1 + Math.max(height(left), height(right)),
                1 + size(left) + size(right));
    }

    private static int height(Node<?, ?> node) {
        return node == null ? 0 : node.height();
    }

    private static int size(Node<?, ?> node) {
        return node == null ? 0 : node.size();
    }

    @Override
    public String toString() {
        return "Tree[" + size() + " entries]";
    }
}
