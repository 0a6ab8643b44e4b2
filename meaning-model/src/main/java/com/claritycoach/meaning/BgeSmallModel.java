package com.claritycoach.meaning;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * bge-small-en-v1.5 on the ONNX runtime of the langchain4j line the coach builds on. The model
 * file and tokenizer come from the model's own artifact, whose class is built for an older runtime;
 * loading them here keeps one runtime on the class path. BGE reads a sentence from its first
 * token (CLS pooling), not from the mean of its tokens as MiniLM does.
 */
final class BgeSmallModel extends AbstractInProcessEmbeddingModel {
    private static final int DIMENSION = 384;
    private final OnnxBertBiEncoder model = loadFromJar("bge-small-en-v1.5.onnx", "bge-small-en-v1.5-tokenizer.json",
            PoolingMode.CLS);

    /** Texts are read on the caller's thread: the coach reads ahead on one background thread. */
    BgeSmallModel() {
        super(Runnable::run);
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return model;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
