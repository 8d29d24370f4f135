package io.github.hubpolicy.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkCounterTest {

    @ParameterizedTest(name = "''{0}'' has {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                       | 0
            no links here                            | 0
            http://a.example                         | 1
            see http://a.example and https://b.io    | 2
            HTTP://A.EXAMPLE HtTpS://b.io hTTp://c   | 3
            httpS://mixed.case                       | 1
            https://a.example/?next=http://b.example | 2
            xhttp://glued                            | 1
            http:/one-slash                          | 0
            https//no-colon                          | 0
            ftp://files.example                      | 0
            hxxp://defanged.example                  | 0
            httpſ://long-s                           | 0
            http                                     | 0
            """)
    void counts(String text, int links) {
        assertThat(LinkCounter.count(text)).isEqualTo(links);
    }
}
