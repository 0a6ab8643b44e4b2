package com.claritycoach.teams.testing;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.claritycoach.core.testing.LoopbackHttpServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stands in for the Bot Framework's token service: a test RSA key published in a local OpenID metadata
 * document and key set (with the channel endorsements the SDK checks), and tokens signed with it the way
 * the Bot Connector signs the tokens it sends to bots.
 */
public final class TestTokenIssuer implements AutoCloseable {
    public static final String BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final KeyPair key = newKey();
    private final KeyPair strangerKey = newKey();
    private final String keyId = "test-key-1";
    private final List<String> endorsements;

    /** @param endorsements the channels the published key is endorsed for (Teams: {@code msteams}) */
    public TestTokenIssuer(List<String> endorsements) {
        this.endorsements = List.copyOf(endorsements);
        try {
            server = LoopbackHttpServer.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/openid", exchange -> respond(exchange, JSON.createObjectNode()
                .put("issuer", BOT_FRAMEWORK_ISSUER).put("jwks_uri", base() + "/keys").toString()));
        server.createContext("/keys", exchange -> respond(exchange, keys()));
        server.start();
    }

    /** What {@code BOT_OPENID_METADATA} points at. */
    public String metadataUrl() {
        return base() + "/openid";
    }

    /** A valid channel token for the bot, to adjust with {@code change} (audience, expiry, …). */
    public String token(String appId, String serviceUrl, Consumer<JWTCreator.Builder> change) {
        JWTCreator.Builder builder = JWT.create().withKeyId(keyId).withIssuer(BOT_FRAMEWORK_ISSUER).withAudience(appId)
                .withClaim("serviceurl", serviceUrl).withIssuedAt(Date.from(Instant.now().minusSeconds(60)))
                .withNotBefore(Date.from(Instant.now().minusSeconds(60))).withExpiresAt(Date.from(Instant.now().plusSeconds(3600)));
        change.accept(builder);
        return builder.sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    /** A token that looks right but is signed by a key nobody published (same key id). */
    public String forgedToken(String appId, String serviceUrl) {
        return JWT.create().withKeyId(keyId).withIssuer(BOT_FRAMEWORK_ISSUER).withAudience(appId)
                .withClaim("serviceurl", serviceUrl).withExpiresAt(Date.from(Instant.now().plusSeconds(3600)))
                .sign(Algorithm.RSA256((RSAPublicKey) strangerKey.getPublic(), (RSAPrivateKey) strangerKey.getPrivate()));
    }

    private String keys() {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        ObjectNode set = JSON.createObjectNode();
        ObjectNode jwk = set.putArray("keys").addObject().put("kty", "RSA").put("use", "sig").put("kid", keyId)
                .put("alg", "RS256").put("n", base64Url(publicKey.getModulus()))
                .put("e", base64Url(publicKey.getPublicExponent()));
        endorsements.forEach(jwk.putArray("endorsements")::add);
        return set.toString();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        try (exchange) {
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
