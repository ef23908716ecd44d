package org.partnershipportal.duplicates;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private final SmallFootprintModel model;
    private final Map<String, float[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
            return size() > CACHE_SIZE;
        }
    });

    public MiniLmEmbedder() {
        this.model = new SmallFootprintModel();
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

    /**
     * The same model and tokenizer as langchain4j's {@link AllMiniLmL6V2QuantizedEmbeddingModel} (read from its jar
     * without initialising that class, which would open a second session), in an ONNX Runtime session set for a
     * server that embeds one short text at a time: no memory arena and no memory-pattern planning (both keep native
     * memory at the largest size ever used, for speed on batches the portal never sends), one thread per call and
     * no thread pool spinning between calls (the portal's request threads are the parallelism; an idle spinning pool
     * takes processor time from them).
     */
    static final class SmallFootprintModel extends AbstractInProcessEmbeddingModel {
        private static final String MODEL = "all-minilm-l6-v2-q.onnx", TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
        private final OnnxBertBiEncoder encoder;

        SmallFootprintModel() {
            super(Runnable::run); // each text embedded in the caller's thread
            ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
            try (InputStream modelBytes = jar.getResourceAsStream(MODEL); InputStream tokenizer = jar.getResourceAsStream(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                if (modelBytes == null || tokenizer == null) throw new IllegalStateException("the MiniLM model is not on the class path");
                options.setCPUArenaAllocator(false);
                options.setMemoryPatternOptimization(false);
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession session = sessionFromFile(environment, modelBytes, options);
                try {
                    encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
                } catch (RuntimeException e) { // the tokenizer could not be read: the session's native memory goes too
                    session.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime could not open the MiniLM model", e);
            }
        }

        /**
         * ONNX Runtime reads the model (23 MB) from a file of its own, copied out of the jar a buffer at a time, rather
         * than from one array in the Java heap: the server's heap grows at start-up to what it holds at its fullest and
         * keeps that size at rest, and in start-up benchmarks alternating the two ways the server sat about 12 MB lower
         * at rest this way (docs/measurements.md). The file (owner-only, under java.io.tmpdir) goes once the session has
         * read it.
         */
        private static OrtSession sessionFromFile(OrtEnvironment environment, InputStream model, OrtSession.SessionOptions options)
                throws IOException, OrtException {
            Path file = Files.createTempFile("partnership-portal-minilm-", ".onnx");
            try {
                Files.copy(model, file, StandardCopyOption.REPLACE_EXISTING);
                return environment.createSession(file.toString(), options);
            } finally {
                Files.deleteIfExists(file);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
