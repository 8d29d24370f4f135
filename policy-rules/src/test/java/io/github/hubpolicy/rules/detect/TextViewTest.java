package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The normalized view of section 4 (catalog revision 2) and its way back to the text as received. */
class TextViewTest {
    /** MATHEMATICAL BOLD DIGIT ZERO: an astral digit, two UTF-16 code units. */
    private static final int BOLD_ZERO = 0x1D7CE;

    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of("zero-width space", "a\u200Bb", "ab"),
                Arguments.of("zero-width joiner and non-joiner", "a\u200D\u200Cb", "ab"),
                Arguments.of("word joiner", "a\u2060b", "ab"),
                Arguments.of("soft hyphen", "a\u00ADb", "ab"),
                Arguments.of("byte order mark", "\uFEFFab", "ab"),
                Arguments.of("bidirectional marks and isolates", "\u200Ea\u202Eb\u2066c\u2069", "abc"),
                Arguments.of("astral format character (language tag)", "a\uDB40\uDC01b", "ab"),
                Arguments.of("full-width forms", "\uFF41\uFF20\uFF5E\uFF01", "a@~!"),
                Arguments.of("ideographic space", "a\u3000b", "a b"),
                Arguments.of("full-width digits", "\uFF14\uFF11", "41"),
                Arguments.of("Arabic-Indic digits", "\u0664\u0661", "41"),
                Arguments.of("Devanagari digits", "\u096A\u0967", "41"),
                Arguments.of("astral digits", "x" + Character.toString(BOLD_ZERO + 4) + Character.toString(BOLD_ZERO + 1), "x41"),
                Arguments.of("other letters stay themselves", "\u0430\u0435 \u00E9 \u00DF", "\u0430\u0435 \u00E9 \u00DF"),
                Arguments.of("half-width katakana and full-width signs outside the range stay", "\uFF66\uFFE5", "\uFF66\uFFE5"),
                Arguments.of("no-break space and tab stay", "a\u00A0b\tc", "a\u00A0b\tc"),
                Arguments.of("an emoji stays two code units", "a\uD83D\uDE00b", "a\uD83D\uDE00b"),
                Arguments.of("a lone surrogate stays", "a\uD83Db", "a\uD83Db"),
                Arguments.of("superscript two is no decimal digit", "x\u00B2", "x\u00B2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void readsTheTextAsSectionFourSays(String name, String text, String view) {
        assertThat(TextView.of(text).text()).isEqualTo(view);
    }

    @Test
    void aPlainTextIsItsOwnViewWithoutACopy() {
        String text = "plain ASCII, and ünïcödé letters — dashes, “quotes” and emoji \uD83D\uDE00 too";

        TextView view = TextView.of(text);

        assertThat(view.isPlain()).isTrue();
        assertThat(view.text()).isSameAs(text);
        assertThat(view.span(TextField.TEXT, 3, 9)).isEqualTo(new Span(TextField.TEXT, 3, 9));
    }

    @Test
    void fullWidthFormsKeepPositions() {
        TextView view = TextView.of("ab\uFF43\uFF44ef");

        assertThat(view.isPlain()).isFalse();
        assertThat(view.span(TextField.TEXT, 1, 5)).isEqualTo(new Span(TextField.TEXT, 1, 5));
    }

    @Test
    void aSpanCoversTheLeftOutCharactersInsideItButNotAroundIt() {
        // view "abcd"; original a ZW b ZW ZW c d ZW
        TextView view = TextView.of("a\u200Bb\u200B\u200Bcd\u200B");

        assertThat(view.text()).isEqualTo("abcd");
        assertThat(view.span(TextField.TEXT, 0, 4)).isEqualTo(new Span(TextField.TEXT, 0, 7));
        assertThat(view.span(TextField.TEXT, 1, 3)).isEqualTo(new Span(TextField.TEXT, 2, 6));
        assertThat(view.span(TextField.TEXT, 2, 3)).isEqualTo(new Span(TextField.TEXT, 5, 6));
        assertThat(view.span(TextField.TEXT, 3, 4)).isEqualTo(new Span(TextField.TEXT, 6, 7));
    }

    @Test
    void anAstralDigitIsOneViewCharacterForTwoCodeUnits() {
        String two = Character.toString(BOLD_ZERO + 2);
        // view "a22b"; original a, two units, two units, b
        TextView view = TextView.of("a" + two + two + "b");

        assertThat(view.text()).isEqualTo("a22b");
        assertThat(view.span(TextField.TEXT, 1, 2)).isEqualTo(new Span(TextField.TEXT, 1, 3));
        assertThat(view.span(TextField.TEXT, 1, 3)).isEqualTo(new Span(TextField.TEXT, 1, 5));
        assertThat(view.span(TextField.TEXT, 3, 4)).isEqualTo(new Span(TextField.TEXT, 5, 6));
        assertThat(view.span(TextField.TEXT, 0, 4)).isEqualTo(new Span(TextField.TEXT, 0, 6));
    }

    @Test
    void leftOutCharactersAfterAnAstralDigitAreInsideTheNextMatchOnly() {
        String nine = Character.toString(BOLD_ZERO + 9);
        TextView view = TextView.of(nine + "\u200B\u00AD" + nine);

        assertThat(view.text()).isEqualTo("99");
        assertThat(view.span(TextField.TITLE, 0, 1)).isEqualTo(new Span(TextField.TITLE, 0, 2));
        assertThat(view.span(TextField.TITLE, 1, 2)).isEqualTo(new Span(TextField.TITLE, 4, 6));
        assertThat(view.span(TextField.TITLE, 0, 2)).isEqualTo(new Span(TextField.TITLE, 0, 6));
    }

    @Test
    void aTextOfOnlyLeftOutCharactersIsAnEmptyView() {
        assertThat(TextView.of("\u200B\u200C\uFEFF").text()).isEmpty();
    }
}
