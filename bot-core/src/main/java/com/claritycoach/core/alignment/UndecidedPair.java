package com.claritycoach.core.alignment;

/**
 * Two groups the model found close in meaning but not close enough to join: the summary asks a
 * manager whether they are the same customer ("Are *borrowers* and *library patrons* the same
 * customer?"), and the answer becomes a merge or a split that holds from then on.
 *
 * @param first the label of the larger group
 * @param second the label of the other
 * @param similarity how alike the model found them (cosine, 0..1)
 */
public record UndecidedPair(String first, String second, double similarity) {
}
