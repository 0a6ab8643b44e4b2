package com.claritycoach.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hands a servlet request to Bolt and writes Bolt's answer back; shared by our two servlets. */
final class BoltBridge {
    private final App app;
    private final SlackRequestParser parser;

    BoltBridge(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    /**
     * Bolt's request, or null when the body is not a request Bolt can read (Bolt's parser throws on
     * some payloads with missing fields, e.g. a button click without a user): the caller answers 400.
     */
    Request<?> parse(HttpServletRequest req, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, Collections.list(req.getHeaders(name)));
        }
        try {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(req.getRequestURI())
                    .queryString(QueryStringParser.toMap(req.getQueryString()))
                    .headers(new RequestHeaders(headers))
                    .requestBody(body)
                    .remoteAddress(req.getRemoteAddr())
                    .build());
        } catch (RuntimeException e) {
            return null;
        }
    }

    Response run(Request<?> request) throws Exception {
        return app.run(request);
    }

    static void write(HttpServletResponse resp, Response out) throws IOException {
        resp.setStatus(out.getStatusCode());
        for (Map.Entry<String, List<String>> header : out.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                resp.addHeader(header.getKey(), value);
            }
        }
        resp.setContentType(out.getContentType());
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (out.getBody() != null) {
            resp.getWriter().write(out.getBody());
        }
    }

    static void write(HttpServletResponse resp, int status, String json) throws IOException {
        write(resp, Response.json(status, json));
    }
}
