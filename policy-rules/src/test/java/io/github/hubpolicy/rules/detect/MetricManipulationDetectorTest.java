package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricManipulationDetectorTest {

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of("star my repo to get free credits", "star my repo to get free"),
                Arguments.of("upvote and get free credits", "upvote and get free"),
                Arguments.of("Please UPVOTE AND GET FREE CREDITS", "UPVOTE AND GET FREE"),
                Arguments.of("likes & win a prize", "likes & win a prize"),
                Arguments.of("star&get $5", "star&get $"),
                Arguments.of("follow our page and you could win €100", "follow our page and you could win €"),
                Arguments.of("subscribe this channel to receive rewards", "subscribe this channel to receive rewards"),
                Arguments.of("stars and earn money", "stars and earn money"),
                Arguments.of("like 4 like", "like 4 like"),
                Arguments.of("like for like", "like for like"),
                Arguments.of("Sub For Sub!", "Sub For Sub"),
                Arguments.of("#follow4follow", "follow4follow"),
                Arguments.of("upvote4upvote", "upvote4upvote"),
                Arguments.of("l4l", "l4l"),
                Arguments.of("F4F and S4S", "F4F"),
                Arguments.of("pls follow me back", "follow me back"),
                Arguments.of("follow   me\tback", "follow   me\tback"),
                // get starts 40 code units after the end of "like"
                Arguments.of("like and " + "y".repeat(34) + " get free", "like and " + "y".repeat(34) + " get free"),
                // the reward word starts 20 code units after the end of "get"
                Arguments.of("upvote and get " + "z".repeat(18) + " free", "upvote and get " + "z".repeat(18) + " free"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matches")
    void finds(String text, String phrase) {
        Optional<Span> found = MetricManipulationDetector.find(TextField.TEXT, text);

        assertThat(found).hasValueSatisfying(span -> assertThat(text.substring(span.start(), span.end())).isEqualTo(phrase));
    }

    static Stream<String> nearMisses() {
        return Stream.of(
                "I'd like to get free GPU credits",
                "follow this guide to get started",
                "I'll follow back up",
                "follow me backwards",
                "liked and got free credits",
                "unlike4like",
                "like4likes",
                "like for follow",
                "like 4 follow",
                "like-for-like comparison",
                "subscribers and get free credits",
                "sub and get free credits",
                "star, and get free credits",
                "star my repo. Get free credits",
                "star my repo! get free credits",
                "star my repo?\nget free credits",
                "star my repo\nto get free credits",
                "upvote and get started",
                // the reward word starts 21 code units after the end of "get"
                "upvote and get " + "z".repeat(19) + " free",
                // get starts 41 code units after the end of "like"
                "like and " + "y".repeat(35) + " get free",
                "upvote and get sth. free credits",
                "star my repo to gets free credits",
                "star my repo to get freedom");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void findsNothing(String text) {
        assertThat(MetricManipulationDetector.find(TextField.TEXT, text)).isEmpty();
    }

    static Stream<Arguments> firstOfSeveral() {
        return Stream.of(
                Arguments.of("like and get started. Then like and win prizes", 27),
                Arguments.of("l4l, or f4f", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstOfSeveral")
    void reportsTheFirstPhrase(String text, int start) {
        assertThat(MetricManipulationDetector.find(TextField.TITLE, text))
                .hasValueSatisfying(span -> {
                    assertThat(span.field()).isEqualTo(TextField.TITLE);
                    assertThat(span.start()).isEqualTo(start);
                });
    }
}
