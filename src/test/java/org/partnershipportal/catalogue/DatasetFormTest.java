package org.partnershipportal.catalogue;

import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The legal rules of a dataset record: personal data needs its Article 6 basis, special category data its Article 9 or 10 condition. */
class DatasetFormTest {

    private static DatasetForm form(Classification classification, LawfulBasis basis, String condition) {
        DatasetForm form = new DatasetForm();
        form.setClassification(classification);
        form.setArticle6Basis(basis);
        form.setArticle9Condition(condition);
        return form;
    }

    @Test
    void anonymisedDataNeedsNoLawfulBasis() {
        assertThat(form(Classification.ANONYMISED, null, null).legalAndCoverageProblem()).isEmpty();
    }

    @Test
    void personalAndPseudonymisedDataWithoutAnArticle6BasisAreRefusedOnThatField() {
        for (Classification personal : List.of(Classification.PSEUDONYMISED, Classification.PERSONAL, Classification.SPECIAL_CATEGORY)) {
            InvalidInputException problem = form(personal, null, "a condition").legalAndCoverageProblem().orElseThrow();
            assertThat(problem.field()).as(personal.name()).isEqualTo("article6Basis");
            assertThat(problem.getMessage()).contains("lawful basis").contains("Article 6");
        }
        assertThat(form(Classification.PERSONAL, LawfulBasis.PUBLIC_TASK, null).legalAndCoverageProblem()).isEmpty();
    }

    @Test
    void specialCategoryOrOffenceDataAlsoNeedsItsArticle9Or10Condition() {
        InvalidInputException problem = form(Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK, null).legalAndCoverageProblem().orElseThrow();
        assertThat(problem.field()).isEqualTo("article9Condition");
        DatasetForm blank = form(Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK, null);
        blank.setArticle9Condition("   ");
        assertThat(blank.legalAndCoverageProblem()).as("blank is absent").isPresent();
        assertThat(form(Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK, "DPA 2018 Sch. 1 para 18").legalAndCoverageProblem()).isEmpty();
    }

    @Test
    void coverageMustRunForwardsAndSubjectsMustBeKnown() {
        DatasetForm form = form(Classification.ANONYMISED, null, null);
        form.setCoverageFrom(LocalDate.of(2024, 4, 1));
        form.setCoverageTo(LocalDate.of(2023, 3, 31));
        assertThat(form.legalAndCoverageProblem()).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("coverageTo"));

        form.setSubjectSelection(List.of("YOUNG_PEOPLE", "PLACES"));
        assertThat(form.subjects()).containsExactlyInAnyOrder(Subject.YOUNG_PEOPLE, Subject.PLACES);
        form.setSubjectSelection(List.of("YOUNG_PEOPLE", "'; DROP TABLE dataset"));
        assertThatThrownBy(form::subjects).isInstanceOf(InvalidInputException.class);
    }
}
