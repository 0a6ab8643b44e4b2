package com.claritycoach.app.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /readyz}: 200 while the store answers, 503 while it does not, so a load balancer sends
 * requests elsewhere instead of letting them time out; {@code /healthz} stays a liveness check (the
 * process serves), so a stalled database does not get the process restarted.
 */
final class ReadinessServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient StoreReadiness store;

    ReadinessServlet(StoreReadiness store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StoreReadiness.Result result = store.check();
        resp.setStatus(result.ready() ? 200 : 503);
        resp.setContentType("application/json");
        resp.getWriter().write("{\"status\":\"" + (result.ready() ? "ready" : "unavailable") + "\",\"store\":\""
                + result.detail() + "\",\"millis\":" + result.millis() + "}");
    }
}
