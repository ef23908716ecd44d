package org.partnershipportal.platform;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A PrimeFaces lazy table backed by a service's count and page queries, so paging, filtering and
 * sorting happen in the database. Filters live in the page bean's form, not in column headers.
 */
public class PagedList<T, Q> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page for the current query; {@code sort} is the column's field and direction, or null. */
    @FunctionalInterface
    public interface PageReader<T, Q> extends Serializable {
        List<T> read(Q query, int first, int pageSize, SortMeta sort);
    }

    @FunctionalInterface
    public interface Counter<Q> extends Serializable, ToLongFunction<Q> {
    }

    private final SerializableSupplier<Q> query;
    private final Counter<Q> counter;
    private final PageReader<T, Q> reader;
    private final SerializableFunction<T, String> rowKey;

    @FunctionalInterface
    public interface SerializableSupplier<V> extends Serializable, java.util.function.Supplier<V> {
    }

    @FunctionalInterface
    public interface SerializableFunction<A, B> extends Serializable, java.util.function.Function<A, B> {
    }

    public PagedList(SerializableSupplier<Q> query, Counter<Q> counter, PageReader<T, Q> reader,
                     SerializableFunction<T, String> rowKey) {
        this.query = query;
        this.counter = counter;
        this.reader = reader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.applyAsLong(query.get()));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        return reader.read(query.get(), first, pageSize, sort);
    }

    /**
     * What a session keeps of this table: the query and how to read it, not the rows last shown. A clustered node
     * copies the whole session to the Data Grid after every request (and reads it back), one object at a time, and a
     * page's rows in each of the session's view maps were part of that copy (README, the load row at 488dcb2: a gain
     * for the catalogue on one node, the rest within the runs' spread). The table reads its page again
     * when it next needs the rows: PrimeFaces loads a lazy model whose rows are null before a post is processed
     * ({@code DataTable.loadLazyDataIfRequired}) and on every render.
     */
    @Serial
    private Object writeReplace() {
        if (getWrappedData() == null) {
            return this;
        }
        PagedList<T, Q> withoutRows = new PagedList<>(query, counter, reader, rowKey);
        withoutRows.setRowCount(getRowCount());
        withoutRows.setPageSize(getPageSize());
        return withoutRows;
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(row -> key.equals(rowKey.apply(row))).findFirst().orElse(null);
    }
}
