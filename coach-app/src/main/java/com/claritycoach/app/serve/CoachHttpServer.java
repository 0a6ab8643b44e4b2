package com.claritycoach.app.serve;

import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The one embedded HTTP server of {@code serve}: every platform's servlets plus {@code /healthz}, with
 * {@code TRACE} refused on every path ({@link RefuseTrace}).
 */
public final class CoachHttpServer implements AutoCloseable {
    public static final String HEALTH_PATH = "/healthz";
    public static final String READY_PATH = "/readyz";

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    /**
     * @param host the interface to listen on; null listens on all
     * @param port the port, or 0 for any free one
     */
    public CoachHttpServer(String host, int port, Map<String, HttpServlet> servlets) {
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new HealthServlet()), HEALTH_PATH);
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        server.setHandler(new RefuseTrace(context));
        server.setStopAtShutdown(false);
    }

    public void start() throws Exception {
        server.start();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
