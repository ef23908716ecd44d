package org.partnershipportal.catalogue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue page's bean in a session copy (a cluster copies the session after every request): the search form's
 * choices stay behind, and the copy on another node reads them again, for the same search, when its page needs them.
 */
class CataloguePageCopyTest {

    /** The choices the catalogue would count: 40 agencies and 12 subjects, as a partnership's catalogue has. */
    static final class CountedChoices extends Catalogue implements Serializable {
        private static final long serialVersionUID = 1L;
        transient int reads;

        @Override
        public Facets facets(CatalogueQuery query) {
            reads++;
            List<FacetCount> agencies = IntStream.range(0, 40).mapToObj(i -> new FacetCount((long) i, "Agency number " + i, i)).toList();
            List<FacetCount> subjects = IntStream.range(0, 12).mapToObj(i -> new FacetCount("S" + i, "Subject " + i, i)).toList();
            return new Facets(agencies, subjects, List.of(), List.of(), List.of());
        }
    }

    @Test
    void theSearchFormsChoicesAreNotCopiedWithTheSessionAndTheCopyReadsThemAgain() throws Exception {
        CataloguePage shown = new CataloguePage();
        CountedChoices catalogue = new CountedChoices();
        shown.catalogue = catalogue;
        Catalogue.Facets choices = shown.getFacets();
        assertThat(choices.agencies()).hasSize(40);
        assertThat(shown.getFacets()).as("read once for the page").isSameAs(choices);
        assertThat(catalogue.reads).isEqualTo(1);

        byte[] copy = bytes(shown);
        CataloguePage neverShown = new CataloguePage();
        neverShown.catalogue = new CountedChoices();
        assertThat(copy.length).as("the copy is the size of a page that has shown no choices").isEqualTo(bytes(neverShown).length);

        CataloguePage onTheOtherNode;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(copy))) {
            onTheOtherNode = (CataloguePage) in.readObject();
        }
        assertThat(onTheOtherNode.getFacets()).as("the copy reads the same choices again").isEqualTo(choices);
        assertThat(((CountedChoices) onTheOtherNode.catalogue).reads).as("read again, once, on the other node").isEqualTo(1);
    }

    private static byte[] bytes(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
