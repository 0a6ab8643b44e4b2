package com.claritycoach.core.inbound;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes from outside (a platform's request body, an uploaded file) as UTF-8 and refuses
 * anything else, so that text in another encoding is reported rather than stored as replacement
 * characters.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /**
     * @throws CharacterCodingException at the first byte that is not UTF-8; the buffer's position then
     *     shows where it is
     */
    public static String decode(ByteBuffer bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }
}
