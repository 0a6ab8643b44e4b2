package com.claritycoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.microsoft.bot.schema.teams.TeamsPagedMembersResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Every member of a Teams team or group chat, page by page. The first page comes from
 * {@code TeamsInfo.getPagedTeamMembers}; the SDK cannot ask for a further page (its request template
 * puts the continuation token in the path and fails before sending), so later pages are fetched with
 * the same authenticated HTTP client the SDK's connector uses.
 */
final class RosterPages {
    /** A person in a roster: Teams' user id and display name. */
    record Person(String id, String name) {
    }

    private RosterPages() {
    }

    /** @param rosterId the Teams team id, or the group chat's conversation id */
    static CompletableFuture<List<Person>> all(TurnContext turn, String rosterId) {
        return TeamsInfo.getPagedTeamMembers(turn, rosterId, null).thenApply(first -> {
            List<Person> people = new ArrayList<>();
            add(first, people);
            String token = first.getContinuationToken();
            while (token != null && !token.isBlank()) {
                JsonNode page = nextPage(turn, rosterId, token);
                for (JsonNode member : page.path("members")) {
                    people.add(new Person(member.path("id").asText(null), member.path("name").asText(null)));
                }
                token = page.path("continuationToken").asText(null);
            }
            return people;
        });
    }

    private static void add(TeamsPagedMembersResult page, List<Person> people) {
        if (page.getMembers() == null) {
            return;
        }
        for (TeamsChannelAccount member : page.getMembers()) {
            people.add(new Person(member.getId(), member.getName()));
        }
    }

    private static JsonNode nextPage(TurnContext turn, String rosterId, String token) {
        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        if (!(connector instanceof RestConnectorClient rest)) {
            throw new IllegalStateException("no connector client to read the next roster page with");
        }
        OkHttpClient http = rest.getRestClient().httpClient();
        String base = rest.baseUrl().endsWith("/") ? rest.baseUrl() : rest.baseUrl() + "/";
        String url = base + "v3/conversations/" + encode(rosterId) + "/pagedmembers?continuationToken=" + encode(token);
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IllegalStateException("Teams answered " + response.code() + " for a roster page");
            }
            return Serialization.jsonToTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException("a roster page could not be read", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
