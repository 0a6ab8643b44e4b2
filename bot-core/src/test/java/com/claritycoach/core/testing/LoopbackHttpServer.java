package com.claritycoach.core.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The JDK HTTP server the fake platforms use: on 127.0.0.1, a free port, answering without delay. */
public final class LoopbackHttpServer {
    static {
        // The JDK server writes headers and body apart; without TCP_NODELAY every answer waits ~40 ms
        // for the client's delayed ACK, which real platforms do not make the coach wait.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LoopbackHttpServer() {
    }

    public static HttpServer create() throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    }
}
