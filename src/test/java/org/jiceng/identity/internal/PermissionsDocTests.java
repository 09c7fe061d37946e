package org.jiceng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.AccessPolicy;
import org.junit.jupiter.api.Test;

class PermissionsDocTests {

    static final Path DOC = Path.of("docs/permissions.md");

    @Test
    void theDocumentInTheRepositoryIsTheOneThePolicyRenders() throws IOException {
        String rendered = PermissionsDoc.markdown();
        if (Boolean.getBoolean("jiceng.docs.write")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("docs/permissions.md differs from AccessPolicy; regenerate it with "
                        + "./jiceng test -o -Dtest=PermissionsDocTests -Djiceng.docs.write=true and commit it")
                .isEqualTo(rendered);
    }

    @Test
    void everyRowOfThePolicyAppearsInTheDocument() {
        String md = PermissionsDoc.markdown();
        for (AccessPolicy.Permit permit : AccessPolicy.rows()) {
            assertThat(md).contains("`" + permit.resource().name() + "`").contains(permit.action().label())
                    .contains(permit.relation().label());
        }
        assertThat(md).contains("乡镇(街道)账号管理员");
    }
}
