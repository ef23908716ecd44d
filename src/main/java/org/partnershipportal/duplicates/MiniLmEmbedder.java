package org.partnershipportal.duplicates;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model (384 dimensions), which ships inside the
 * langchain4j jar and runs on ONNX Runtime in this JVM. About 3-6 ms per short text on one core.
 * Identical texts are served from a bounded LRU cache (agenda titles recur a lot).
 *
 * <p>ONNX Runtime's native library is loaded once per JVM (class loader); create one instance per application
 * and share it.
 */
public final class MiniLmEmbedder implements Embedder {
    private static final int CACHE_SIZE = 20_000;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final Map<String, float[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
            return size() > CACHE_SIZE;
        }
    });

    public MiniLmEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public float[] embed(String text) {
        String key = text == null ? "" : text.strip();
        float[] v = cache.get(key);
        if (v != null) return v;
        v = normalise(model.embed(key.isEmpty() ? "empty" : key).content().vector());
        cache.put(key, v);
        return v;
    }

    @Override
    public int dimension() {
        return 384;
    }

    static float[] normalise(float[] v) {
        double n = 0;
        for (float x : v) n += (double) x * x;
        n = Math.sqrt(n);
        if (n == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
        return out;
    }
}
