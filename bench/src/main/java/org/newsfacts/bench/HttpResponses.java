package org.newsfacts.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Just enough HTTP/1.1 response framing for the load generator: Content-Length or chunked bodies. */
final class HttpResponses {

    private HttpResponses() {}

    /** The length of the first complete response in {@code buf[0, length)}, or -1 while incomplete. */
    static int completeLength(byte[] buf, int length) {
        int headerEnd = indexOf(buf, length, 0, "\r\n\r\n");
        if (headerEnd < 0) {
            return -1;
        }
        int bodyStart = headerEnd + 4;
        String headers = new String(buf, 0, headerEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String contentLength = header(headers, "content-length");
        if (contentLength != null) {
            int end = bodyStart + Integer.parseInt(contentLength.trim());
            return end <= length ? end : -1;
        }
        String encoding = header(headers, "transfer-encoding");
        if (encoding == null || !encoding.contains("chunked")) {
            return bodyStart; // no body (e.g. 204)
        }
        int at = bodyStart;
        while (true) {
            int lineEnd = indexOf(buf, length, at, "\r\n");
            if (lineEnd < 0) {
                return -1;
            }
            String sizeText = new String(buf, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semicolon = sizeText.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeText.substring(0, semicolon) : sizeText).trim(), 16);
            at = lineEnd + 2;
            if (size == 0) {
                int trailerEnd = indexOf(buf, length, at, "\r\n"); // no trailers: an empty line
                return trailerEnd == at ? at + 2 : (trailerEnd < 0 ? -1 : indexOfEnd(buf, length, at));
            }
            at += size + 2;
            if (at > length) {
                return -1;
            }
        }
    }

    /** The status code of the response at the start of {@code buf}. */
    static int status(byte[] buf) {
        // "HTTP/1.1 200 OK"
        return (buf[9] - '0') * 100 + (buf[10] - '0') * 10 + (buf[11] - '0');
    }

    private static int indexOfEnd(byte[] buf, int length, int from) {
        int end = indexOf(buf, length, from, "\r\n\r\n");
        return end < 0 ? -1 : end + 4;
    }

    private static String header(String headers, String name) {
        int i = headers.indexOf("\r\n" + name + ":");
        if (i < 0) {
            return null;
        }
        int start = i + name.length() + 3;
        int end = headers.indexOf("\r\n", start);
        return headers.substring(start, end < 0 ? headers.length() : end);
    }

    private static int indexOf(byte[] buf, int length, int from, String what) {
        byte[] w = what.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= length - w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (buf[i + j] != w[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
