package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored-XSS table (StoredTextFields, used by StoredScriptIT) names every text field of every entity. */
class StoredTextFieldsTest {

    @Test
    void everyTextFieldOfEveryEntityHasARowSayingWhereItIsShown() {
        List<String> fromEntities = StoredTextFields.fromEntities();
        assertThat(fromEntities).as("text fields found in the entities").hasSizeGreaterThan(50);
        assertThat(fromEntities.stream().filter(field -> !StoredTextFields.table().containsKey(field)).toList())
                .as("text fields with no row in StoredTextFields: say where each is shown (and plant payloads in it in"
                        + " StoredScriptIT), or why it never is").isEmpty();
        assertThat(StoredTextFields.table().keySet().stream().filter(field -> !fromEntities.contains(field)).toList())
                .as("rows in StoredTextFields naming no text field of an entity").isEmpty();
    }
}
