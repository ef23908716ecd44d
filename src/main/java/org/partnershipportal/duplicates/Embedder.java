package org.partnershipportal.duplicates;

/** Turns a text into a unit-length vector whose dot product with another is their cosine similarity. */
public interface Embedder {
    /** @return an L2-normalised vector (never null). */
    float[] embed(String text);

    int dimension();

    /** The in-process all-MiniLM-L6-v2 (quantised) model, or null if ONNX Runtime cannot be loaded here. */
    static Embedder miniLmOrNull() {
        try {
            return new MiniLmEmbedder();
        } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError, OrtException...
            System.err.println("duplicate matcher: embedding model unavailable, lexical signals only: " + t);
            return null;
        }
    }
}
