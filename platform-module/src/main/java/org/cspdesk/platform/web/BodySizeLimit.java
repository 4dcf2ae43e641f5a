package org.cspdesk.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body above 1 MiB: refused with 413 before it is read when the length is announced, and
 * while it is read when it is streamed in chunks.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
    static final long MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream()));
        }
    }

    static ApiProblem tooLarge() {
        return new ApiProblem(413, "body_too_large", "Payload too large",
                "The request body is larger than 1 MiB.", null);
    }

    private static final class LimitedStream extends FilterInputStream {
        private long read;

        LimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
