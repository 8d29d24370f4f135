package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/** The pieces that bound a request, without a server: time limit, size limit, admin token, permits. */
class LimitsTest {

    @Test
    void aBodyPastItsDeadlineStopsAtTheNextRead() {
        InputStream in = new RequestInput(new ByteArrayInputStream(new byte[100]), 1000, System.nanoTime() - 1, "PT10S",
                atLineEnd -> { });
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.REQUEST_TIMEOUT);
            assertThat(e.error().code()).isEqualTo("time_limit");
            assertThat(e.getMessage()).contains("PT10S");
        });
    }

    @Test
    void aBodyOverItsSizeStopsAtTheReadThatCrossesIt() throws IOException {
        long later = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        InputStream in = new RequestInput(new ByteArrayInputStream(new byte[100]), 99, later, "PT1M", atLineEnd -> { });
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(ApiException.class, e ->
                assertThat(e.error().code()).isEqualTo("body_too_large"));
        InputStream exact = new RequestInput(new ByteArrayInputStream(new byte[100]), 100, later, "PT1M", atLineEnd -> { });
        assertThat(exact.readAllBytes()).hasSize(100);
    }

    @Test
    void outputIsFlushedBeforeAReadThatWouldBlock() throws IOException {
        AtomicInteger flushes = new AtomicInteger();
        InputStream empty = new InputStream() {
            @Override
            public int read() {
                return -1;
            }
        };
        new RequestInput(empty, 10, System.nanoTime() + 1_000_000_000L, "PT1S", atLineEnd -> flushes.incrementAndGet())
                .read(new byte[4]);
        assertThat(flushes).hasValue(1);
    }

    @Test
    void aReadThatMayBlockIsToldWhetherTheInputPausedAtTheEndOfALine() throws IOException {
        // given a body that arrives in two pieces, the first ending inside a line, the second at a line end
        InputStream pieces = new InputStream() {
            private final byte[][] parts = {"{\"a\":1}\n{\"b\"".getBytes(StandardCharsets.UTF_8),
                    ":2}\n".getBytes(StandardCharsets.UTF_8)};
            private int part;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (part == parts.length) {
                    return -1;
                }
                byte[] next = parts[part++];
                System.arraycopy(next, 0, b, off, next.length);
                return next.length;
            }

            @Override
            public int available() {
                return 0;
            }
        };
        List<Boolean> told = new ArrayList<>();
        InputStream in = new RequestInput(pieces, 100, System.nanoTime() + 1_000_000_000L, "PT1S", told::add);
        // when
        byte[] buffer = new byte[64];
        while (in.read(buffer, 0, buffer.length) >= 0) {
            // read to the end
        }
        // then: before the first read (nothing read yet), inside the second line, at the end of the body
        assertThat(told).containsExactly(true, false, true);
    }

    @Test
    void withoutATokenAdminEndpointsAreOffAndWithOneTheyNeedIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer anything");
        assertThatThrownBy(() -> new AdminToken(null).check(request, "reload")).isInstanceOfSatisfying(ApiException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.error().code()).isEqualTo("admin_disabled");
                });
        assertThatThrownBy(() -> new AdminToken("").check(request, "reload")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> new AdminToken("right").check(request, "reload"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
                    assertThat(e.getMessage()).doesNotContain("right").doesNotContain("anything");
                });
        MockHttpServletRequest good = new MockHttpServletRequest();
        good.addHeader("Authorization", "bearer right");
        new AdminToken("right").check(good, "reload");   // no exception
    }

    @Test
    void permitsAreRefusedAtOnceBeyondTheBoundAndComeBackWhenClosed() {
        DecisionPermits permits = new DecisionPermits(2, Duration.ofSeconds(3));
        DecisionPermits.Permit one = permits.acquire();
        DecisionPermits.Permit two = permits.acquire();
        assertThatThrownBy(permits::acquire).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        });
        one.close();
        two.close();
        assertThat(permits.available()).isEqualTo(2);
    }

    @Test
    void settingsNeverPrintTheTokenOrTheSalt() {
        ServerSettings settings = new ServerSettings("tok3n", org.springframework.util.unit.DataSize.ofMegabytes(4),
                org.springframework.util.unit.DataSize.ofGigabytes(4), 1000, 4, 0, Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofMinutes(30), Duration.ofSeconds(2), false,
                new ServerSettings.Statements(null, "r", io.github.hubpolicy.transparency.AutomatedDecision.FULLY),
                new ServerSettings.Audit("s4lt", false));
        assertThat(settings.toString()).doesNotContain("tok3n");
        assertThat(settings.audit().toString()).doesNotContain("s4lt");
    }
}
