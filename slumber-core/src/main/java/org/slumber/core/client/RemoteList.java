package org.slumber.core.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily paged list of remote instances: an {@code instances} listing or a data array.
 * Each iteration starts at the first page and follows {@code next_page} to the end, fetching a
 * page only when the iteration reaches it.
 */
public final class RemoteList implements Iterable<RemoteInstance> {

    private final ClientContext context;
    private final String firstPage;

    RemoteList(ClientContext context, String firstPage) {
        this.context = context;
        this.firstPage = firstPage;
    }

    /** The URL of the first page. */
    public String url() {
        return firstPage;
    }

    @Override
    public Iterator<RemoteInstance> iterator() {
        return new Pages();
    }

    /** The items as a stream, pages fetched as it is consumed. */
    public Stream<RemoteInstance> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Every item, fetching every page. */
    public List<RemoteInstance> toList() {
        List<RemoteInstance> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    private final class Pages implements Iterator<RemoteInstance> {
        private String next = firstPage;
        private Iterator<?> page = List.of().iterator();
        private String pageUrl;

        @Override
        public boolean hasNext() {
            while (!page.hasNext()) {
                if (next == null) {
                    return false;
                }
                fetch(next);
            }
            return true;
        }

        private void fetch(String url) {
            Map<String, Object> document = context.agent.get(url);
            pageUrl = url;
            Object items = document.get("page");
            List<?> list = items instanceof List<?> l ? l : List.of();
            page = list.iterator();
            Object following = document.get("next_page");
            next = list.isEmpty() || !(following instanceof String text) ? null : ContextUrls.resolve(url, text);
        }

        @Override
        public RemoteInstance next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items in " + firstPage);
            }
            Map<?, ?> item = (Map<?, ?>) page.next();
            Object display = item.get("display");
            return context.instance(ContextUrls.resolve(pageUrl, String.valueOf(item.get("data"))),
                    display == null ? null : display.toString());
        }
    }
}
