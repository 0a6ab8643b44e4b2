package com.claritycoach.slack.web;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Posts a Web API form through the SDK's own client and reads Slack's answer with one Gson kept for
 * the app's life. The SDK's typed methods build a new Gson for every response, and with it a
 * reflective adapter for every class of the response model: about half the CPU of sending a message.
 * The Gson is the SDK's own ({@link GsonFactory#createSnakeCase(SlackConfig)}), so answers read the same.
 */
public final class FormPoster {
    private final Slack slack;
    private final SlackConfig config;
    private final Gson gson;

    public FormPoster(Slack slack) {
        this.slack = slack;
        this.config = slack.getConfig();
        this.gson = GsonFactory.createSnakeCase(config);
    }

    /**
     * Posts {@code form} to Web API method {@code method} with the bearer {@code token}.
     *
     * @throws SlackApiException when Slack answers with an HTTP error (e.g. 429), as the SDK does
     * @throws IOException when Slack cannot be reached or its answer is not JSON
     */
    public <T extends SlackApiTextResponse> T post(String token, String method, FormBody.Builder form, Class<T> type)
            throws IOException, SlackApiException {
        try (Response response = slack.methods(token).runPostFormWithToken(form, method, token)) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(config, response, text);
            }
            try {
                T parsed = gson.fromJson(text, type);
                if (parsed == null) {
                    throw new IOException(method + " answered with an empty body");
                }
                return parsed;
            } catch (JsonParseException e) {
                throw new IOException(method + " answered with something that is not JSON", e);
            }
        }
    }
}
