package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.StoreException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the store a {@link DatabaseConfig} points at: checks the URL, starts the connection pool,
 * brings the schema up to date. Every failure is a {@link StoreException} with a one-line message
 * naming the database (never its password) and the reason, fit to show an operator as is.
 */
public final class CoachStores {

    /** The history table of the core's migrations; adapters use their own. */
    public static final String HISTORY_TABLE = "coach_schema_history";

    static final int SQLITE_POOL_SIZE = 4;
    static final int POSTGRES_POOL_SIZE = 10;
    /**
     * How long a transaction waits for the database before it fails: for SQLite's write lock (held by
     * another process, or a backup), for a pooled connection, for a PostgreSQL row lock. A request is
     * handled inside one transaction, and Slack gives up on a request after 3 seconds; a store that
     * does not answer within this makes the request fail fast (503), so the platform retries it.
     */
    static final int WAIT_MILLIS = 1_500;

    private static final Logger LOG = LoggerFactory.getLogger(CoachStores.class);

    private CoachStores() {
    }

    public static JdbcCoachStore open(DatabaseConfig config) {
        Dialect dialect = Dialect.of(config.url()).orElseThrow(() -> new StoreException(
                "Unsupported database URL " + JdbcErrors.redact(config.url())
                        + ": use jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DATABASE", null));
        String description = describe(config, dialect);
        HikariDataSource pool = startPool(config, dialect, description);
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/" + dialect.folder())
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info("Opened {} (schema version {})", description,
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("Cannot prepare the tables of " + description + ": " + JdbcErrors.oneLine(e), e);
        }
        return new JdbcCoachStore(pool, dialect, description);
    }

    private static String describe(DatabaseConfig config, Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> "SQLite database " + sqlitePath(config.url());
            case POSTGRESQL -> "PostgreSQL database " + JdbcErrors.redact(config.url());
        };
    }

    /**
     * Connects once before starting the pool, so that a database that cannot be opened yields our
     * one-line message rather than the pool's logged stack trace.
     */
    private static HikariDataSource startPool(DatabaseConfig config, Dialect dialect, String description) {
        HikariConfig hikari = switch (dialect) {
            case SQLITE -> sqlitePool(config.url(), description);
            case POSTGRESQL -> postgresPool(config);
        };
        try {
            probe(config, hikari);
            return new HikariDataSource(hikari);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Cannot open " + description + ": " + JdbcErrors.oneLine(e), e);
        }
    }

    private static void probe(DatabaseConfig config, HikariConfig hikari) throws SQLException {
        if (hikari.getDataSource() != null) {
            hikari.getDataSource().getConnection().close();
            return;
        }
        Properties credentials = new Properties();
        if (config.user() != null) {
            credentials.setProperty("user", config.user());
        }
        if (config.password() != null) {
            credentials.setProperty("password", config.password());
        }
        DriverManager.getConnection(config.url(), credentials).close();
    }

    private static HikariConfig sqlitePool(String url, String description) {
        Path file = sqlitePath(url);
        prepareDirectory(file, description);
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(WAIT_MILLIS);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Ids come back through RETURNING; left on, the driver runs a query of its own after every insert.
        sqlite.setGetGeneratedKeys(false);
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl(url);
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(dataSource);
        hikari.setPoolName("coach-sqlite");
        hikari.setConnectionInitSql(WalCheckpoints.AUTOMATIC_OFF);
        hikari.setMaximumPoolSize(SQLITE_POOL_SIZE);
        hikari.setConnectionTimeout(WAIT_MILLIS);
        return hikari;
    }

    private static HikariConfig postgresPool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        hikari.setPoolName("coach-postgresql");
        hikari.setMaximumPoolSize(POSTGRES_POOL_SIZE);
        hikari.setConnectionTimeout(WAIT_MILLIS);
        hikari.setConnectionInitSql("SET lock_timeout = " + WAIT_MILLIS);
        return hikari;
    }

    /**
     * The database file of a {@code jdbc:sqlite:} URL. In-memory and {@code file:} URI databases
     * are refused: every pooled connection would see a different database, or we could not tell
     * where the file lives.
     */
    private static Path sqlitePath(String url) {
        String path = url.substring(Dialect.SQLITE.urlPrefix().length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isBlank() || path.contains(":memory:") || path.startsWith("file:")) {
            throw new StoreException("Unsupported SQLite URL " + url
                    + ": give a file path, e.g. jdbc:sqlite:clarity-coach.db", null);
        }
        try {
            return Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StoreException("Unsupported SQLite URL " + url + ": " + e.getMessage(), e);
        }
    }

    /** Creates the file's directory when missing, so a fresh install just works. */
    private static void prepareDirectory(Path file, String description) {
        Path directory = file.getParent();
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("Cannot open " + description + ": " + e.getFile() + " is not a directory", e);
        } catch (AccessDeniedException e) {
            throw new StoreException("Cannot open " + description + ": no permission to create directory "
                    + e.getFile(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot open " + description + ": cannot create directory " + directory
                    + " (" + JdbcErrors.oneLine(e) + ")", e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException("Cannot open " + description + ": directory " + directory + " is not writable", null);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("Cannot open " + description + ": the file is not writable", null);
        }
    }
}
