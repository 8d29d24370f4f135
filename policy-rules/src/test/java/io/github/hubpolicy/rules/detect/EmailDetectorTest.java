package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailDetectorTest {

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("write to bob@example.com today", List.of("bob@example.com")),
                Arguments.of("Bob.Smith+tag@Mail.Example.ORG", List.of("bob.smith+tag@mail.example.org")),
                Arguments.of("a_b%c-d@x-y.co", List.of("a_b%c-d@x-y.co")),
                Arguments.of("two-letter top level: me@uni.io", List.of("me@uni.io")),
                Arguments.of("mailto:bob@example.com.", List.of("bob@example.com")),
                Arguments.of("<bob@example.com.au>", List.of("bob@example.com.au")),
                Arguments.of("bob@example.com_x (an underscore is not a letter or digit)", List.of("bob@example.com")),
                Arguments.of("a@b.cd, e@f.gh", List.of("a@b.cd", "e@f.gh")),
                Arguments.of("a@b.co-uk (longest bounded ending)", List.of("a@b.co")),
                Arguments.of("a@b.com.x1 (the last label is no top level)", List.of("a@b.com")),
                Arguments.of("a@b@c.com", List.of("b@c.com")),
                Arguments.of("ünï bob@example.com", List.of("bob@example.com")),
                // Catalog revision 2: bracketed separators, normalized to the plain form.
                Arguments.of("jane.doe [at] example [dot] com", List.of("jane.doe@example.com")),
                Arguments.of("jane(AT)example.org", List.of("jane@example.org")),
                Arguments.of("jane{at}example{dot}org", List.of("jane@example.org")),
                Arguments.of("jane<At>mail<DoT>example<dot>org", List.of("jane@mail.example.org")),
                Arguments.of("jane [ at ] example [ dot ] com", List.of("jane@example.com")),
                Arguments.of("jane   (at)   example   (dot)   com!", List.of("jane@example.com")),
                Arguments.of("Jane@Example [dot] COM (a plain @, a bracketed dot)", List.of("jane@example.com")),
                Arguments.of("jane [at] example.com", List.of("jane@example.com")),
                Arguments.of("jane [at] example [dot] co-uk (longest bounded ending)", List.of("jane@example.co")),
                Arguments.of("a [at] b [dot] cd, e(at)f(dot)gh and i@j.kl", List.of("a@b.cd", "e@f.gh", "i@j.kl")),
                Arguments.of("jane [dot] doe [at] example [dot] com (the local part has plain dots only)",
                        List.of("doe@example.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matches")
    void finds(String text, List<String> emails) {
        assertThat(EmailDetector.find(TextField.TEXT, text))
                .extracting(ContactDetail::normalized)
                .containsExactlyElementsOf(emails);
    }

    static Stream<String> nearMisses() {
        return Stream.of(
                "x@y.z",
                "user@localhost",
                "bob@example.c0m",
                "bob@example.com9",
                "bob@example..com",
                "bob@.example.com",
                "@example.com",
                "bob@",
                "@@@@",
                "josé@example.com",
                "bob@exämple.com",
                "bob at example dot com",
                // Catalog revision 2's near misses, and the edges of its bracketed separators.
                "jane at example dot com",
                "jane[at)example.com",
                "jane(at]example(dot)com",
                "jane[[at]]example.com",
                "jane [a t] example.com",
                "jane [att] example.com",
                "jane [@] example.com",
                "jane\t[at]\texample.com",
                "jane\n(at)\nexample.com",
                "jane [at] example [dot]",
                "jane [at] example [dot] c0m",
                "jane [at] example [dot) com",
                "[at] example [dot] com",
                "arr[at].shape and foo.bar",
                "jane(at)example (dot) x");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void findsNothing(String text) {
        assertThat(EmailDetector.find(TextField.TEXT, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spans")
    void reportsWhereTheAddressIs(String text, int start, int end) {
        assertThat(EmailDetector.find(TextField.TITLE, text))
                .singleElement()
                .satisfies(email -> {
                    assertThat(email.kind()).isEqualTo(ContactKind.EMAIL);
                    assertThat(email.span()).isEqualTo(new Span(TextField.TITLE, start, end));
                });
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                Arguments.of("write to bob@example.com today", 9, 24),
                Arguments.of("(x.y@z.org)", 1, 10),
                Arguments.of("a@b.co-uk", 0, 6),
                Arguments.of("mail jane.doe [at] example [dot] com today", 5, 36),
                Arguments.of("(jane{AT}x{dot}org)", 1, 18));
    }
}
