package org.jiceng.security;

import java.util.List;

/**
 * The records one module's (or one part's) operations aim at, made by {@link Fixtures} after the families of the
 * spine: each set puts its families' own-territory, foreign and own-record ids with {@link Fixtures#put} and, where
 * a record cannot be made, adds why to {@link Fixtures#missing()}.
 */
interface FixtureSet {

    void make(Fixtures fixtures);

    List<FixtureSet> ALL = List.of(
            new PartyOrganisationFixtures(),
            new PartyMemberFixtures(),
            new CoBuildingFixtures(),
            new PartyDutyFixtures(),
            new BranchLifeFixtures(),
            new LedgerJournalFixtures(),
            new LedgerPaymentFixtures(),
            new LedgerStatementFixtures(),
            new VolunteerActivityFixtures(),
            new VolunteerPointsFixtures(),
            new VolunteerCommunityFixtures(),
            new AssessmentScoreFixtures(),
            new AssessmentRatingFixtures(),
            new AssessmentInspectionFixtures(),
            new SearchFixtures(),
            new DispatchFixtures(),
            new ServiceCatalogueFixtures(),
            new ServiceRequestFixtures(),
            new ServiceCentreFixtures(),
            new ServiceFiguresFixtures());
}
