package org.hazardlog.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text the readers can trust: strict UTF-8 (a file in another encoding
 * would otherwise be imported with silently wrong characters), no NUL bytes (a binary file), no
 * byte-order mark, and every line ending as a plain newline.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    /** The text, or empty after recording why the bytes are not text. */
    public static Optional<String> decode(byte[] bytes, Findings findings) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                findings.problem(ProblemKind.NOT_TEXT, "contains a NUL byte at offset " + i
                        + ": this is a binary file, not a hazard file");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            findings.problem(ProblemKind.NOT_TEXT, "is not valid UTF-8 text (" + e.getMessage()
                    + "); save it as UTF-8 and import it again");
            return Optional.empty();
        }
        return Optional.of(normalise(text));
    }

    /** Drops a byte-order mark and turns CRLF and lone CR line endings into LF. */
    public static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
