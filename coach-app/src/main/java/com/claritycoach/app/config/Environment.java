package com.claritycoach.app.config;

import com.claritycoach.app.StartupException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables, read the way operators expect: blank counts as unset, values are trimmed,
 * and every problem is a {@link StartupException} whose one line names the variable.
 */
public final class Environment {
    private static final int MAX_DAYS = 36_500;

    private final Map<String, String> variables;

    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public static Environment system() {
        return new Environment(System.getenv());
    }

    public Optional<String> optional(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean isSet(String name) {
        return optional(name).isPresent();
    }

    public String required(String name, String why) {
        return optional(name).orElseThrow(() -> new StartupException(name + " is not set: " + why + "."));
    }

    public int port(String name, int fallback) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.get());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new StartupException(name + " must be a port number from 1 to 65535, not '" + value.get() + "'.");
    }

    /**
     * A whole number of days from 1 to 36500, or empty when unset; {@code unsetMeans} tells the
     * operator in the error what leaving it out does.
     */
    public Optional<Duration> days(String name, String unsetMeans) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int days = Integer.parseInt(value.get());
            if (days >= 1 && days <= MAX_DAYS) {
                return Optional.of(Duration.ofDays(days));
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new StartupException(name + " must be a whole number of days from 1 to " + MAX_DAYS + ", not '"
                + value.get() + "'; leave it unset to " + unsetMeans + ".");
    }

    /** An absolute http(s) URL, or empty when unset. */
    public Optional<URI> httpUrl(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new StartupException(name + " must be an http:// or https:// URL, not '" + value.get() + "'.");
    }

    /** A secret value: set, without spaces; never echoed in the message. */
    public Optional<String> secret(String name) {
        Optional<String> value = optional(name);
        if (value.isPresent() && value.get().chars().anyMatch(Character::isWhitespace)) {
            throw new StartupException(name + " must not contain spaces; copy it again from where it was issued.");
        }
        return value;
    }
}
