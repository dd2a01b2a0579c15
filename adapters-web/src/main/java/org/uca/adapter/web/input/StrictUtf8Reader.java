package org.uca.adapter.web.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that is UTF-8: a byte sequence that is not (a Windows-1252 "é", a UTF-16 file) stops the reading with
 * the line it is on, where {@link java.io.InputStreamReader} would put U+FFFD in its place and store it. A leading
 * byte-order mark is skipped.
 */
final class StrictUtf8Reader extends Reader {

    /** The text is not UTF-8 from this (1-based, physical) line on. */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final long line;

        NotUtf8(long line) {
            this.line = line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private long lineBreaks;
    private boolean first = true;
    private boolean ended;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        chars.flip(); // empty, ready to be read
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        while (!chars.hasRemaining()) {
            if (ended) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(into, offset, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, ended);
        if (!result.isError() && ended) {
            result = decoder.flush(chars);
        }
        bytes.compact();
        chars.flip();
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                lineBreaks++;
            }
        }
        if (result.isError()) {
            throw new NotUtf8(lineBreaks + 1);
        }
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
