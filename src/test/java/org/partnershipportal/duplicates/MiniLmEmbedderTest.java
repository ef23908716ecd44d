package org.partnershipportal.duplicates;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The portal's small-footprint ONNX session must embed as langchain4j's own session of the same model (within 1e-5 per component). */
class MiniLmEmbedderTest {

    @Test
    void theSmallFootprintSessionEmbedsAsTheLibrarysOwnSession() {
        // ordinary sentences, none from any labelled set (NoLabelledRowsInCodeTest checks)
        MiniLmEmbedder.SmallFootprintModel portal = new MiniLmEmbedder.SmallFootprintModel();
        AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String text : List.of("A short sentence about the weather in spring", "Kestrel Vale library opening hours",
                "The committee agreed to meet again after the summer, in the town hall", "x")) {
            float[] ours = portal.embed(text).content().vector();
            float[] theirs = library.embed(text).content().vector();
            assertThat(ours).as(text).hasSize(384);
            for (int k = 0; k < ours.length; k++) assertThat(ours[k]).as("%s [%d]", text, k).isCloseTo(theirs[k], within(1e-5f));
        }
    }
}
