package com.claritycoach.app.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code TRACE} (and its old alias {@code TRACK}) with 405 before any servlet sees it, on every
 * path. A servlet's default {@code doTrace} echoes the request's headers, {@code Authorization} included,
 * which a cross-site script can use to read credentials it could not otherwise see; nothing the coach
 * serves needs either method.
 */
final class RefuseTrace extends Handler.Wrapper {
    RefuseTrace(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if ("TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method)) {
            response.setStatus(HttpStatus.METHOD_NOT_ALLOWED_405);
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
            response.write(true, null, callback);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
