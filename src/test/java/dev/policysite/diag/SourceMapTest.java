package dev.policysite.diag;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceMapTest {
    private static final Path PAGE = Path.of("docs/page.md");
    private static final Path PART = Path.of("docs/part.md");

    @Test
    void identityStartsAtTheGivenLine() {
        SourceMap m = SourceMap.identity(PAGE, 3, 5);
        assertThat(m.size()).isEqualTo(3);
        assertThat(m.pos(1, 0)).isEqualTo(SourcePos.of(PAGE, 5));
        assertThat(m.pos(3, 7)).isEqualTo(new SourcePos(PAGE, 7, 7));
    }

    @Test
    void columnsMapBackThroughAddedIndentation() {
        SourceMap m = new SourceMap.Builder().add(PAGE, 1, 0).add(PART, 1, 4).add(PART, 2, 4).build();
        assertThat(m.pos(2, 5)).isEqualTo(new SourcePos(PART, 1, 1));
        assertThat(m.pos(3, 10)).isEqualTo(new SourcePos(PART, 2, 6));
        // a column inside the added indentation is the start of the original line
        assertThat(m.pos(3, 2)).isEqualTo(new SourcePos(PART, 2, 1));
        assertThat(m.file(2)).isEqualTo(PART);
    }

    @Test
    void linesPastEitherEndClampToTheNearestLine() {
        SourceMap m = SourceMap.identity(PAGE, 2, 1);
        assertThat(m.pos(0, 0).line()).isEqualTo(1);
        assertThat(m.pos(99, 0).line()).isEqualTo(2);
    }

    @Test
    void composeFollowsAnotherStep() {
        SourceMap includes = new SourceMap.Builder().add(PAGE, 4, 0).add(PART, 1, 2).add(PART, 2, 2).add(PAGE, 6, 0).build();
        // a templating step produced 3 lines: from lines 1, 3 and 3 again
        SourceMap after = includes.compose(new int[] {1, 3, 3});
        assertThat(after.size()).isEqualTo(3);
        assertThat(after.pos(1, 0)).isEqualTo(SourcePos.of(PAGE, 4));
        assertThat(after.pos(2, 0)).isEqualTo(SourcePos.of(PART, 2));
        assertThat(after.pos(3, 5)).isEqualTo(new SourcePos(PART, 2, 3));
    }

    @Test
    void builderGrowsPastItsInitialCapacity() {
        SourceMap.Builder b = new SourceMap.Builder();
        for (int i = 1; i <= 1000; i++) {
            b.add(PAGE, i, 0);
        }
        SourceMap m = b.addAll(SourceMap.identity(PART, 2, 1), 4).build();
        assertThat(m.size()).isEqualTo(1002);
        assertThat(m.pos(1000, 0).line()).isEqualTo(1000);
        assertThat(m.pos(1002, 6)).isEqualTo(new SourcePos(PART, 2, 2));
    }

    @Test
    void userErrorLineIsRelativeToTheBaseAndHasTheHintInParentheses() {
        Path base = Path.of("/project").toAbsolutePath();
        UserError e = new UserError(new SourcePos(base.resolve("docs/a.md"), 3, 7), "something broke", "fix it");
        assertThat(e.toLine(base)).isEqualTo("docs/a.md:3:7: error: something broke (fix it)");
        assertThat(new UserError(null, "no place", "").toLine(base)).isEqualTo("error: no place");
        BuildFailure f = new BuildFailure(List.of(e, new UserError(SourcePos.of(base.resolve("b.md"), 1), "other", "x")));
        assertThat(f.toLine(base)).isEqualTo("docs/a.md:3:7: error: something broke (fix it)\nb.md:1: error: other (x)");
    }
}
