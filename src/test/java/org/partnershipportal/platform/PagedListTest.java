package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A lazy table in a session travels as its query and readers; the page of rows it last showed stays behind. */
class PagedListTest {

    record Row(long id, String description) implements java.io.Serializable {
    }

    private static final int IN_THE_DATABASE = 60;

    private static List<Row> page(String query, int first, int size) {
        return IntStream.range(first, Math.min(first + size, IN_THE_DATABASE))
                .mapToObj(i -> new Row(i, query + " row " + i + " with a description as long as a real action's"))
                .toList();
    }

    private static PagedList<Row, String> actionLog() {
        return new PagedList<>(() -> "overdue", query -> IN_THE_DATABASE, (query, first, size, sort) -> page(query, first, size),
                row -> String.valueOf(row.id()));
    }

    @Test
    void theRowsLastShownAreNotCopiedWithTheSessionAndTheNextNodeReadsItsPageAgain() throws Exception {
        PagedList<Row, String> shown = actionLog();
        // What PrimeFaces' DataTable does when it renders a lazy table's page
        shown.setRowCount(shown.count(java.util.Map.of()));
        shown.setPageSize(25);
        shown.setWrappedData(shown.load(25, 25, java.util.Map.of(), java.util.Map.of()));
        assertThat(shown.getWrappedData()).hasSize(25);

        @SuppressWarnings("unchecked")
        PagedList<Row, String> onTheOtherNode = (PagedList<Row, String>) copied(shown);

        assertThat(onTheOtherNode.getWrappedData()).as("rows travelled with the session").isNull();
        assertThat(onTheOtherNode.getRowCount()).isEqualTo(IN_THE_DATABASE);
        assertThat(onTheOtherNode.getPageSize()).isEqualTo(25);
        assertThat(onTheOtherNode.load(25, 25, java.util.Map.of(), java.util.Map.of()))
                .as("the query and the reader travelled, so the page reads the same rows again")
                .isEqualTo(shown.getWrappedData());
        assertThat(shown.getWrappedData()).as("the page being shown keeps its rows").hasSize(25);
        assertThat(bytes(shown).length).as("the copy is the size of a table that has shown nothing")
                .isEqualTo(bytes(actionLogThatCounted()).length);
    }

    private static PagedList<Row, String> actionLogThatCounted() {
        PagedList<Row, String> counted = actionLog();
        counted.setRowCount(IN_THE_DATABASE);
        counted.setPageSize(25);
        return counted;
    }

    private static byte[] bytes(Object o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream stream = new ObjectOutputStream(out)) {
            stream.writeObject(o);
        }
        return out.toByteArray();
    }

    private static Object copied(Object o) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes(o)))) {
            return in.readObject();
        }
    }
}
