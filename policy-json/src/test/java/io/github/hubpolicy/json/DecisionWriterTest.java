package io.github.hubpolicy.json;

import static io.github.hubpolicy.json.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionWriterTest {
    private static final PolicyId POLICY = new PolicyId("2023-08-30", "sha256:abc");

    static Stream<Arguments> decisions() {
        List<Action> actions = List.of(Action.DISABLE, Action.NOTIFY_AUTHOR, Action.HUMAN_REVIEW);
        return Stream.of(
                arguments("the spec's example", new Decision("models/acme/voice-of-jane", Verdict.RESTRICT, actions,
                                List.of(new Finding("consent.likeness", "consent.likeness: real person's voice without consent",
                                        Verdict.RESTRICT, actions,
                                        "Reproduces the voice of Jane Doe (private person) without documented consent.",
                                        List.of("people[0].likeness=voice", "people[0].consent=none"))), POLICY),
                        json("{'id':'models/acme/voice-of-jane','verdict':'RESTRICT',"
                                + "'actions':['NOTIFY_AUTHOR','HUMAN_REVIEW','DISABLE'],"
                                + "'findings':[{'section':'consent.likeness',"
                                + "'rule':'consent.likeness: real person`s voice without consent',"
                                + "'verdict':'RESTRICT','actions':['NOTIFY_AUTHOR','HUMAN_REVIEW','DISABLE'],"
                                + "'rationale':'Reproduces the voice of Jane Doe (private person) without documented consent.',"
                                + "'evidence':['people[0].likeness=voice','people[0].consent=none']}],"
                                + "'policy':{'version':'2023-08-30','rules':'sha256:abc'}}").replace('`', '\'')),
                arguments("nothing found: empty lists are written", new Decision("a", Verdict.ALLOW, List.of(), List.of(), POLICY),
                        json("{'id':'a','verdict':'ALLOW','actions':[],'findings':[],"
                                + "'policy':{'version':'2023-08-30','rules':'sha256:abc'}}")),
                arguments("text is escaped", new Decision("a\"b", Verdict.LABEL, List.of(Action.ADD_AUDIENCE_TAG),
                                List.of(new Finding("s", "r", Verdict.LABEL, List.of(Action.ADD_AUDIENCE_TAG), "line\nbreak",
                                        List.of("text: hub access token at 120..157"))), POLICY),
                        "{\"id\":\"a\\\"b\",\"verdict\":\"LABEL\",\"actions\":[\"ADD_AUDIENCE_TAG\"],\"findings\":[{\"section\":\"s\","
                                + "\"rule\":\"r\",\"verdict\":\"LABEL\",\"actions\":[\"ADD_AUDIENCE_TAG\"],\"rationale\":\"line\\nbreak\","
                                + "\"evidence\":[\"text: hub access token at 120..157\"]}],"
                                + "\"policy\":{\"version\":\"2023-08-30\",\"rules\":\"sha256:abc\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void writesADecisionOnOneLineInTheSpecsOrder(String name, Decision decision, String expected) {
        assertThat(DecisionWriter.toJson(decision)).isEqualTo(expected);
    }

    static Stream<Arguments> errorRecords() {
        return Stream.of(
                arguments(new ReadResult.Unreadable(7, "models/x", "field 'kind': unknown value 'modle' (expected one of model)"),
                        json("{'line':7,'id':'models/x','error':'field `kind`: unknown value `modle` (expected one of model)'}")
                                .replace('`', '\'')),
                arguments(new ReadResult.Unreadable(3, null, "expected an item object, was number"),
                        json("{'line':3,'id':null,'error':'expected an item object, was number'}")),
                arguments(new ReadResult.Unreadable(0, null, "malformed JSON at line 2, column 5: \"x\""),
                        "{\"line\":0,\"id\":null,\"error\":\"malformed JSON at line 2, column 5: \\\"x\\\"\"}"));
    }

    @ParameterizedTest
    @MethodSource("errorRecords")
    void writesAnErrorRecord(ReadResult.Unreadable record, String expected) {
        assertThat(DecisionWriter.toJson(record)).isEqualTo(expected);
    }
}
