package dev.policysite.check;

import dev.policysite.policy.NamedView;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The directive a drift hint suggests is the one that generates the nearest view. */
class ViewDirectiveTest {

    private static Optional<String> of(String viewName) {
        return ViewDirective.of("p", new NamedView(viewName, "label", null));
    }

    @Test
    void variantsFragmentsAndMembersHaveDirectives() {
        assertThat(of("variant:default")).contains("{!policy:p!}");
        assertThat(of("variant:with-load-balancers_without-backup+open-ports"))
                .contains("{!policy:p with=load-balancers without=backup,open-ports!}");
        assertThat(of("fragment:early-warnings")).contains("{!policy:p fragment=early-warnings!}");
        assertThat(of("Actions:without-backup")).contains("{!policy:p view=actions without=backup!}");
        assertThat(of("DataActions:default")).contains("{!policy:p view=data-actions!}");
    }

    @Test
    void aSingleStatementHasNone() {
        assertThat(of("statement:NonResourceBasedPermissions:without-console-listing")).isEmpty();
    }
}
