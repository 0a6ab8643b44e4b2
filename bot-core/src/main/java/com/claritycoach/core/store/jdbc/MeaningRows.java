package com.claritycoach.core.store.jdbc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code meaning_vectors} table: vectors of 32-bit little-endian floats by model and text hash. */
final class MeaningRows {
    /** Hashes per query, well under SQLite's and PostgreSQL's limits on bound parameters. */
    private static final int CHUNK = 400;

    private final Sql sql;

    MeaningRows(Sql sql) {
        this.sql = sql;
    }

    Map<String, float[]> find(String model, Collection<String> textHashes) {
        List<String> hashes = List.copyOf(textHashes);
        Map<String, float[]> found = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + CHUNK));
            List<Object> params = new ArrayList<>(chunk.size() + 1);
            params.add(model);
            params.addAll(chunk);
            sql.list("read stored meaning vectors",
                    "SELECT text_hash, vector FROM meaning_vectors WHERE model = ? AND text_hash IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    row -> Map.entry(row.getString(1), floats(row.getBytes(2))), params.toArray())
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    void save(String model, Map<String, float[]> byTextHash) {
        byTextHash.forEach((hash, vector) -> sql.update("store a meaning vector",
                "INSERT INTO meaning_vectors (model, text_hash, vector) VALUES (?, ?, ?) "
                        + "ON CONFLICT (model, text_hash) DO NOTHING", model, hash, bytes(vector)));
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
