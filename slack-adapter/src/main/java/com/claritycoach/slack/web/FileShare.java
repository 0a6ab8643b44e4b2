package com.claritycoach.slack.web;

import com.claritycoach.core.port.DeliveryException;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Shares a file into a Slack conversation with the external upload flow
 * ({@code files.getUploadURLExternal}, a POST of the bytes to the URL it returns,
 * {@code files.completeUploadExternal}), each step classified for the outbox. A file is only visible
 * once the last step succeeds, so a failure before it leaves nothing on screen and a retry starts over.
 */
public final class FileShare {
    private final Slack slack;

    public FileShare(Slack slack) {
        this.slack = slack;
    }

    /** A file to share: its name, the title Slack shows, its content type and bytes. */
    public record SharedFile(String name, String title, String contentType, byte[] bytes) {
    }

    public void share(String token, String channel, SharedFile file) throws DeliveryException {
        MethodsClient client = slack.methods(token);
        var upload = WebApi.call("files.getUploadURLExternal " + channel, () -> client.filesGetUploadURLExternal(
                r -> r.filename(file.name()).length(file.bytes().length)));
        post(client, upload.getUploadUrl(), file, channel);
        WebApi.call("files.completeUploadExternal " + channel, () -> client.filesCompleteUploadExternal(
                r -> r.channelId(channel).files(List.of(FileDetails.builder().id(upload.getFileId())
                        .title(file.title()).build()))));
    }

    private static void post(MethodsClient client, String url, SharedFile file, String channel)
            throws DeliveryException {
        String what = "upload of " + file.name() + " for " + channel;
        Request request = new Request.Builder().url(url)
                .post(RequestBody.create(file.bytes(), MediaType.parse(file.contentType()))).build();
        try (Response response = client.getSlackHttpClient().getOkHttpClient().newCall(request).execute()) {
            if (response.code() == 429) {
                throw DeliveryException.rateLimited(WebApi.retryAfter(response.header("Retry-After")));
            }
            if (response.code() >= 500) {
                throw DeliveryException.transientFailure(what + ": Slack answered HTTP " + response.code(), null);
            }
            if (response.code() != 200) {
                throw DeliveryException.permanent(what + ": Slack refused the file (HTTP " + response.code() + ")");
            }
        } catch (IOException e) {
            throw DeliveryException.transientFailure(what + ": no usable answer from Slack (" + e.getMessage() + ")", e);
        }
    }
}
