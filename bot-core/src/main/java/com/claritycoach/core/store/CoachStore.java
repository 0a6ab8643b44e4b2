package com.claritycoach.core.store;

import java.util.function.Function;

/**
 * Durable home of everything the coach knows. Each engine step runs in one transaction: the answer,
 * the new conversation state and the messages to send commit together or not at all.
 */
public interface CoachStore extends AutoCloseable {

    /**
     * Runs {@code work} in one transaction, committing when it returns and rolling back when it
     * throws. Transactions do not nest.
     *
     * @throws StoreException when the database cannot be reached or refuses the change
     */
    <T> T inTransaction(Function<StoreTx, T> work);

    /** Runs read-only {@code work}; it sees committed data. */
    default <T> T read(Function<StoreTx, T> work) {
        return inTransaction(work);
    }

    @Override
    void close();
}
