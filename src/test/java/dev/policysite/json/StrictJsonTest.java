package dev.policysite.json;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.Finding;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policysite.diag.Severity;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class StrictJsonTest {

    private static List<String> codesAndPlaces(JsonParseResult r) {
        return r.problems().stream().map(p -> p.code() + "@" + p.pos().line() + ":" + p.pos().col()).toList();
    }

    @Nested
    class CleanJson {
        @Test
        void cleanDocumentHasNoProblemsAndTheSameTreeAsJackson() throws Exception {
            String text = "{\n  \"a\": [1, -2.5, 3e2, true, false, null],\n  \"b\": {\"c\": \"x\\ny\\u00e9\\\"\"},\n"
                    + "  \"big\": 12345678901, \"bigger\": 123456789012345678901234567890\n}";
            JsonParseResult r = StrictJson.parse(text);
            assertThat(r.problems()).isEmpty();
            assertThat(r.json().shape()).isEqualTo(JsonShape.VALUE);
            assertThat(r.json().root()).isEqualTo(new ObjectMapper().readTree(text));
        }

        @Test
        void scalarsAndEmptyContainersAreValues() {
            assertThat(StrictJson.parse("  42 ").json().root().intValue()).isEqualTo(42);
            assertThat(StrictJson.parse("[]").json().root().isArray()).isTrue();
            assertThat(StrictJson.parse("{ }").json().root().isObject()).isTrue();
            assertThat(StrictJson.parse("\"s3:GetObject\"").json().root().textValue()).isEqualTo("s3:GetObject");
        }

        @Test
        void crlfLineEndingsCountAsOneLineBreak() {
            JsonParseResult r = StrictJson.parse("{\r\n  \"a\": 1,\r\n}");
            assertThat(codesAndPlaces(r)).containsExactly("json.trailing-comma@2:9");
        }
    }

    @Nested
    class SteppedOverSlips {
        @Test
        void trailingCommaInsideBracesIsAnErrorAtTheComma() {
            String text = "{\n  \"Resource\": \"*\",\n}";
            JsonParseResult r = StrictJson.parse(text);
            assertThat(r.problems()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("json.trailing-comma", Severity.ERROR));
            assertThat(r.problems().get(0).pos()).isEqualTo(SourcePos.inText(2, 18));
            assertThat(r.json().root().get("Resource").textValue()).isEqualTo("*");
        }

        @Test
        void everyTrailingCommaIsReportedInOnePass() {
            String text = "{\n \"a\": [1, 2,],\n \"b\": {\"c\": 3,},\n}";
            assertThat(codesAndPlaces(StrictJson.parse(text)))
                    .containsExactly("json.trailing-comma@2:12", "json.trailing-comma@3:14", "json.trailing-comma@3:16");
        }

        @Test
        void commentsOfEveryKindAreReportedAndSkipped() {
            String text = "{ // one\n  \"a\": /* two */ 1,\n  # three\n  \"b\": 2\n}";
            JsonParseResult r = StrictJson.parse(text);
            assertThat(codesAndPlaces(r)).containsExactly("json.comment@1:3", "json.comment@2:8", "json.comment@3:3");
            assertThat(r.json().root().get("b").intValue()).isEqualTo(2);
        }

        @Test
        void duplicateKeyIsReportedAtTheSecondNameAndNamesTheFirst() {
            JsonParseResult r = StrictJson.parse("{\"Sid\": \"A\",\n \"Sid\": \"B\"}");
            assertThat(codesAndPlaces(r)).containsExactly("json.duplicate-key@2:2");
            assertThat(r.problems().get(0).message()).contains("line 1, col 2");
            assertThat(r.json().root().get("Sid").textValue()).isEqualTo("B");
        }

        @Test
        void unquotedNamesAndSingleQuotesAreReported() {
            JsonParseResult r = StrictJson.parse("{Effect: 'Allow', 'Action': \"s3:*\"}");
            assertThat(codesAndPlaces(r))
                    .containsExactly("json.unquoted-name@1:2", "json.single-quote@1:10", "json.single-quote@1:19");
            assertThat(r.json().root().get("Effect").textValue()).isEqualTo("Allow");
            assertThat(r.json().root().get("Action").textValue()).isEqualTo("s3:*");
        }

        @Test
        void missingCommaIsReportedAndReadingGoesOn() {
            String text = "[\n \"a\"\n \"b\",\n \"c\",\n]";
            JsonParseResult r = StrictJson.parse(text);
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@3:2", "json.trailing-comma@4:5");
            assertThat(r.problems().get(0).message()).isEqualTo("missing ',' between elements");
            assertThat(r.json().root()).hasSize(3);
        }

        @Test
        void nonBreakingSpaceIsNamedAndSkipped() {
            JsonParseResult r = StrictJson.parse("{\"a\":\u00A01}");
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@1:6");
            assertThat(r.problems().get(0).message()).contains("non-breaking space");
            assertThat(r.json().root().get("a").intValue()).isEqualTo(1);
        }

        @Test
        void wronglyCasedLiteralIsReportedAndRead() {
            JsonParseResult r = StrictJson.parse("{\"IsCustom\": True}");
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@1:14");
            assertThat(r.problems().get(0).hint()).isEqualTo("write true");
            assertThat(r.json().root().get("IsCustom").booleanValue()).isTrue();
        }

        @Test
        void invalidEscapeAndRawTabAreReportedInsideTheString() {
            JsonParseResult r = StrictJson.parse("[\"a\\d\", \"b\tc\"]");
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@1:4", "json.syntax@1:11");
            assertThat(r.json().root().get(1).textValue()).isEqualTo("b\tc");
        }
    }

    @Nested
    class Stops {
        @Test
        void missingColonStopsWithOneSyntaxProblem() {
            JsonParseResult r = StrictJson.parse("{\n  \"a\" 1\n}");
            assertThat(r.json()).isNull();
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@2:7");
            assertThat(r.problems().get(0).message()).isEqualTo("expected ':' after the member name \"a\" but found '1'");
        }

        @Test
        void unclosedBraceIsReportedAtTheBraceThatIsNeverClosed() {
            JsonParseResult r = StrictJson.parse("[\n  {\"a\": 1}\n  {\"b\": 2\n]");
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@3:3", "json.syntax@4:1");
            assertThat(r.problems().get(1).message()).isEqualTo("expected ',' or '}' after the value of \"b\" but found ']'");
        }

        @Test
        void unclosedStringIsReportedAtItsOpeningQuote() {
            JsonParseResult r = StrictJson.parse("{\"a\": \"open\n}");
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@1:7");
        }

        @Test
        void ellipsisGetsAHelpfulMessage() {
            JsonParseResult r = StrictJson.parse("[\"s3:GetObject\", ...]");
            assertThat(r.json()).isNull();
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("ellipsis");
                assertThat(p.pos().col()).isEqualTo(18);
            });
        }

        @Test
        void unquotedValueAndBadNumbersStop() {
            assertThat(StrictJson.parse("{\"Effect\": Allow}").problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("unquoted text Allow where a value should be"));
            assertThat(codesAndPlaces(StrictJson.parse("[1.]"))).containsExactly("json.syntax@1:2");
            assertThat(codesAndPlaces(StrictJson.parse("[0x1F]"))).containsExactly("json.syntax@1:2");
            assertThat(codesAndPlaces(StrictJson.parse("[+1]"))).containsExactly("json.syntax@1:2");
        }

        @Test
        void leadingZeroIsReportedButRead() {
            JsonParseResult r = StrictJson.parse("[007]");
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@1:2");
            assertThat(r.json().root().get(0).intValue()).isEqualTo(7);
        }

        @Test
        void trailingGarbageKeepsTheTree() {
            JsonParseResult r = StrictJson.parse("{\"a\": 1}\n}");
            assertThat(codesAndPlaces(r)).containsExactly("json.trailing-garbage@2:1");
            assertThat(r.json().root().get("a").intValue()).isEqualTo(1);
        }

        @Test
        void blankTextIsEmpty() {
            JsonParseResult r = StrictJson.parse(" \n\t\n");
            assertThat(r.json()).isNull();
            assertThat(r.problems()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("json.empty", Severity.WARNING));
        }

        @Test
        void absurdNestingStopsInsteadOfOverflowingTheStack() {
            String deep = "[".repeat(5000) + "]".repeat(5000);
            JsonParseResult r = StrictJson.parse(deep);
            assertThat(r.json()).isNull();
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@1:1001");
            assertThat(StrictJson.parse("[".repeat(900) + "]".repeat(900)).problems()).isEmpty();
        }

        @Test
        void unclosedCommentStops() {
            assertThat(codesAndPlaces(StrictJson.parse("{} /* note")))
                    .containsExactly("json.comment@1:4", "json.syntax@1:4");
        }
    }

    @Nested
    class Fragments {
        @Test
        void statementListIsWrappedInAnArrayWithPositionsInTheOriginalText() {
            String text = "    {\n      \"Effect\": \"Allow\"\n    },\n    {\n      \"Effect\": \"Deny\"\n    }";
            JsonParseResult r = StrictJson.parse(text);
            assertThat(r.problems()).isEmpty();
            LocatedJson json = r.json();
            assertThat(json.shape()).isEqualTo(JsonShape.VALUE_LIST);
            assertThat(json.root()).hasSize(2);
            assertThat(json.valuePos(JsonPointer.compile("/1/Effect"))).contains(new TextPos(59, 5, 17));
            assertThat(json.namePos(JsonPointer.compile("/1/Effect"))).hasValueSatisfying(p -> {
                assertThat(p.line()).isEqualTo(5);
                assertThat(p.col()).isEqualTo(7);
            });
            assertThat(json.valuePos(JsonPointer.compile("/0"))).hasValueSatisfying(p -> assertThat(p.col()).isEqualTo(5));
        }

        @Test
        void actionStringsAreAValueList() {
            JsonParseResult r = StrictJson.parse("          \"ec2:DescribeVpcAttribute\",\n          \"ec2:DescribeRouteTables\"");
            assertThat(r.problems()).isEmpty();
            assertThat(r.json().shape()).isEqualTo(JsonShape.VALUE_LIST);
            assertThat(r.json().root().get(1).textValue()).isEqualTo("ec2:DescribeRouteTables");
            assertThat(r.json().rootNode().get(1).pos()).isEqualTo(new TextPos(48, 2, 11));
        }

        @Test
        void memberIsWrappedInAnObject() {
            String text = "\"actions\": [\n    \"Microsoft.Storage/storageAccounts/read\",\n  ]";
            JsonParseResult r = StrictJson.parse(text);
            assertThat(r.json().shape()).isEqualTo(JsonShape.MEMBER_LIST);
            assertThat(r.json().root().get("actions")).hasSize(1);
            assertThat(codesAndPlaces(r)).containsExactly("json.trailing-comma@2:45");
        }

        @Test
        void commaDanglingAtTheEndOfAFragmentIsAWarning() {
            JsonParseResult r = StrictJson.parse("  {\n    \"Sid\": \"A\"\n  },\n");
            assertThat(r.problems()).extracting(Finding::code, Finding::severity, p -> p.pos().line(), p -> p.pos().col())
                    .containsExactly(tuple("json.fragment-trailing-comma", Severity.WARNING, 3, 4));
            assertThat(r.json().shape()).isEqualTo(JsonShape.VALUE_LIST);
            assertThat(r.json().root()).hasSize(1);
            assertThat(r.json().rootNode().get(0).get("Sid").pos().line()).isEqualTo(2);
        }

        @Test
        void danglingCommaAfterStringsAndMembersIsAWarningToo() {
            assertThat(codesAndPlaces(StrictJson.parse("\"S3:PutObject\", \n\"S3:GetObject\",")))
                    .containsExactly("json.fragment-trailing-comma@2:15");
            assertThat(codesAndPlaces(StrictJson.parse("\"Action\": [\"s3:GetObject\"],")))
                    .containsExactly("json.fragment-trailing-comma@1:27");
        }

        @Test
        void missingCommaBetweenStatementsIsReported() {
            JsonParseResult r = StrictJson.parse("{\"Sid\": \"A\"}\n{\"Sid\": \"B\"}");
            assertThat(codesAndPlaces(r)).containsExactly("json.syntax@2:1");
            assertThat(r.json().root()).hasSize(2);
        }

        @Test
        void duplicateMembersOfAMemberFragmentAreReported() {
            assertThat(codesAndPlaces(StrictJson.parse("\"a\": 1,\n\"a\": 2"))).containsExactly("json.duplicate-key@2:1");
        }

        @Test
        void documentModeRejectsFragments() {
            assertThat(codesAndPlaces(StrictJson.parseDocument("{}, {}"))).containsExactly("json.trailing-garbage@1:3");
            assertThat(codesAndPlaces(StrictJson.parseDocument("\"a\": 1"))).containsExactly("json.trailing-garbage@1:4");
        }
    }

    @Nested
    class LocatedTree {
        @Test
        void navigatesWithPositionsAndPointers() {
            String text = "{\n  \"Statement\": [\n    {\"Action\": [\"s3:GetObject\", \"s3:PutObject\"]}\n  ]\n}";
            LocatedJson json = StrictJson.parse(text).json();
            LocatedNode put = json.rootNode().get("Statement").get(0).get("Action").get(1);
            assertThat(put.text()).isEqualTo("s3:PutObject");
            assertThat(put.pointer()).isEqualTo("/Statement/0/Action/1");
            assertThat(put.pos()).isEqualTo(new TextPos(51, 3, 33));
            assertThat(put.end().col()).isEqualTo(47);
            LocatedNode action = json.at(JsonPointer.compile("/Statement/0/Action"));
            assertThat(action.name()).isEqualTo("Action");
            assertThat(action.namePos().col()).isEqualTo(6);
            assertThat(action.elements()).extracting(LocatedNode::text).containsExactly("s3:GetObject", "s3:PutObject");
            assertThat(json.rootNode().get("Missing")).isNull();
            assertThat(json.at(JsonPointer.compile("/Statement/7"))).isNull();
        }

        @Test
        void memberNamesWithSlashesAreEscapedInPointers() {
            LocatedJson json = StrictJson.parse("{\"aws:RequestTag/env\": \"prod\"}").json();
            LocatedNode member = json.rootNode().members().get(0);
            assertThat(member.name()).isEqualTo("aws:RequestTag/env");
            assertThat(member.pointer()).isEqualTo("/aws:RequestTag~1env");
            assertThat(member.pos().col()).isEqualTo(24);
            assertThat(json.valuePos(JsonPointer.compile("/aws:RequestTag~1env"))).contains(member.pos());
        }

        @Test
        void stringValuesAreListedInTextOrderWithTheirPointers() {
            String text = "{\"Statement\": [{\"Sid\": \"A\", \"Action\": [\"s3:GetObject\", 5, \"s3:PutObject\"]}],\n \"Id\": \"x\"}";
            List<LocatedNode> strings = StrictJson.parse(text).json().rootNode().stringValues();
            assertThat(strings).extracting(LocatedNode::text).containsExactly("A", "s3:GetObject", "s3:PutObject", "x");
            assertThat(strings.get(2).pointer()).isEqualTo("/Statement/0/Action/2");
            assertThat(strings.get(3).pos()).isEqualTo(new TextPos(text.indexOf("\"x\""), 2, 8));
        }

        @Test
        void elementsOrSelfTreatsAStringAsAListOfOne() {
            LocatedNode root = StrictJson.parse("{\"Action\": \"s3:GetObject\"}").json().rootNode();
            assertThat(root.get("Action").elementsOrSelf()).extracting(LocatedNode::text).containsExactly("s3:GetObject");
        }
    }

    @Test
    void parseOrThrowNamesFileLineAndColumn() {
        Path file = Path.of("model/policy.json");
        assertThatThrownBy(() -> StrictJson.parseOrThrow("{\n  \"a\": 1,\n}", file))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.pos().toString()).isEqualTo("model/policy.json:2:9");
                    assertThat(e.getMessage()).isEqualTo("trailing comma before '}'");
                });
        assertThat(StrictJson.parseOrThrow("{\"a\": 1}", file).root().get("a").intValue()).isEqualTo(1);
    }
}
