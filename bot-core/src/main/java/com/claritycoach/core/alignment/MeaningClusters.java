package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins groups of wordings whose meanings are close: average-linkage agglomerative clustering, the
 * closest pair first, until no pair is as close as the threshold. Average linkage (the mean
 * likelihood that a wording of one group means the same as a wording of the other) keeps a chain of
 * near neighbours from joining two distant meanings, as single linkage would. A merge updates the
 * merged row from the two old ones (Lance-Williams), and each row remembers its closest partner, so
 * the next pair is found without comparing every pair again.
 */
final class MeaningClusters {
    private final int[] sizes;
    private final boolean[][] apart;
    private final double[][] similarity;
    private final boolean[] active;
    private final int[] best;
    private final int[] joinedInto;

    /**
     * @param similarity the average sameness of each two groups' wordings; symmetric, and changed in place
     * @param sizes how many wordings each group holds
     * @param apart which groups must never share a cluster (a manager kept them apart); symmetric
     */
    MeaningClusters(double[][] similarity, int[] sizes, boolean[][] apart) {
        int n = sizes.length;
        this.sizes = sizes.clone();
        this.apart = apart;
        this.similarity = similarity;
        this.active = new boolean[n];
        this.best = new int[n];
        this.joinedInto = new int[n];
        for (int i = 0; i < n; i++) {
            active[i] = true;
            joinedInto[i] = i;
        }
        for (int i = 0; i < n; i++) {
            best[i] = closest(i);
        }
    }

    /** A pair of clusters left apart although their meanings are close. */
    record Unsure(int first, int second, double similarity) {
    }

    /**
     * Joins clusters until none is as close as {@code threshold}; returns, for each input group, the
     * index of the group whose cluster it joined (itself when it heads one).
     */
    int[] join(double threshold) {
        while (true) {
            int i = -1;
            for (int k = 0; k < active.length; k++) {
                if (active[k] && best[k] >= 0 && (i < 0 || similarity[k][best[k]] > similarity[i][best[i]])) {
                    i = k;
                }
            }
            if (i < 0 || similarity[i][best[i]] < threshold) {
                break;
            }
            merge(Math.min(i, best[i]), Math.max(i, best[i]));
        }
        int[] heads = new int[joinedInto.length];
        for (int k = 0; k < heads.length; k++) {
            int head = k;
            while (joinedInto[head] != head) {
                head = joinedInto[head];
            }
            heads[k] = head;
        }
        return heads;
    }

    /** After {@link #join}: the closest pairs of clusters left apart that are at least {@code floor} alike. */
    List<Unsure> unsure(double floor, int limit) {
        List<Unsure> pairs = new ArrayList<>();
        for (int i = 0; i < active.length; i++) {
            for (int j = i + 1; j < active.length; j++) {
                if (active[i] && active[j] && !apart[i][j] && similarity[i][j] >= floor) {
                    pairs.add(new Unsure(i, j, similarity[i][j]));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Unsure::similarity).reversed());
        return pairs.subList(0, Math.min(limit, pairs.size()));
    }

    private void merge(int into, int other) {
        int n = active.length;
        double total = sizes[into] + sizes[other];
        for (int k = 0; k < n; k++) {
            if (active[k] && k != into && k != other) {
                double joined = (sizes[into] * similarity[into][k] + sizes[other] * similarity[other][k]) / total;
                similarity[into][k] = similarity[k][into] = joined;
                apart[into][k] = apart[k][into] = apart[into][k] || apart[other][k];
            }
        }
        sizes[into] += sizes[other];
        active[other] = false;
        joinedInto[other] = into;
        for (int k = 0; k < n; k++) {
            if (active[k] && (k == into || best[k] == into || best[k] == other)) {
                best[k] = closest(k);
            } else if (active[k] && best[k] >= 0 && !apart[k][into] && similarity[k][into] > similarity[k][best[k]]) {
                best[k] = into;
            }
        }
    }

    /** The active cluster closest to {@code i} that it may join, or -1. */
    private int closest(int i) {
        int found = -1;
        for (int k = 0; k < active.length; k++) {
            if (k != i && active[k] && !apart[i][k] && (found < 0 || similarity[i][k] > similarity[i][found])) {
                found = k;
            }
        }
        return found;
    }
}
