package com.claritycoach.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each trap is spotted where it matters, and only there. */
class CoachingRulesTest {
    static final CoachingRules RULES = CoachingRules.standard();
    static final MemberContext ANA = new MemberContext("Ana Silva", List.of("Maria Lopez"), List.of("Ana Silva", "Maria Lopez", "Ben"));

    static Prompt prompt(PromptKind kind) {
        return new Prompt(kind.id(), kind, "Question?", "Why.", "The ward nurse who signs off discharges.");
    }

    static Optional<String> fired(PromptKind kind, String answer) {
        return RULES.firstNudge(prompt(kind), answer, ANA, Set.of()).map(Nudge::ruleId);
    }

    @Test
    void everyRuleIdIsListedInPrecedenceOrder() {
        assertThat(RULES.rules()).extracting(CoachingRule::id).containsExactlyElementsOf(CoachingRules.RULE_IDS);
        assertThat(CoachingRules.RULE_IDS).containsExactly("vague", "manager-as-customer", "everyone", "too-many",
                "group-not-person", "resource-as-customer");
    }

    @Test
    void aConcretePersonFiresNothing() {
        assertThat(fired(PromptKind.CUSTOMER, "The ward nurse who signs off each discharge")).isEmpty();
        assertThat(fired(PromptKind.CUSTOMER, "Patients")).isEmpty();
    }

    @Test
    void everyNudgeExplainsAndAsksAFollowUpQuestion() {
        for (String answer : List.of("idk", "everyone", "my manager", "a, b, c, d", "the business", "the press")) {
            Nudge nudge = RULES.firstNudge(prompt(PromptKind.CUSTOMER), answer, ANA, Set.of()).orElseThrow();
            assertThat(nudge.explanation()).isNotBlank();
            assertThat(nudge.followUp()).contains("?");
        }
    }

    @Test
    void alreadyFiredRulesAreSkippedSoTheNextTrapShows() {
        assertThat(RULES.firstNudge(prompt(PromptKind.CUSTOMER), "everyone", ANA, Set.of("everyone"))).isEmpty();
        assertThat(RULES.firstNudge(prompt(PromptKind.CUSTOMER), "my boss and everyone", ANA,
                Set.of("manager-as-customer")).map(Nudge::ruleId)).contains("everyone");
    }

    @Test
    void anAnswerInSeveralTrapsGetsOnlyTheFirstByPrecedence() {
        assertThat(fired(PromptKind.CUSTOMER, "everyone, the press, vendors and the board")).contains("everyone");
        assertThat(fired(PromptKind.CUSTOMER, "my boss, everyone, the press and vendors")).contains("manager-as-customer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whoever I report to", "anyone I report to", "everyone I report to"})
    void whoeverIReportToIsManagerNotEveryone(String answer) {
        assertThat(fired(PromptKind.CUSTOMER, answer)).contains("manager-as-customer");
    }

    @Nested
    class ManagerAsCustomer {
        @ParameterizedTest
        @ValueSource(strings = {"my manager", "My Boss!", "our director", "the manager", "boss", "my team lead",
                "Our VP", "Maria Lopez", "maria", "@Maria", "I'd say my supervisor, really", "Maria I guess, she checks it"})
        void managerNamedAsCustomerGetsFollowUp(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("manager-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"my shift manager tbh", "my team leader", "my TL", "my EM, she signs off the roadmap",
                "my skip-level", "our head of ops", "my boss's boss"})
        void anyManagerOfTheMembersOwnIsTheTrap(String answer) {
            assertThat(fired(PromptKind.LISTENING, answer)).contains("manager-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"the person I report to (Priya)", "whoever I directly report to",
                "my team reports to her", "she's the one who reviews my work", "Ben, he signs off our timesheets"})
        void whoTheMemberReportsToOrWhoChecksTheirWorkIsTheirManager(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("manager-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"leadership", "the exec team", "senior leadership i guess", "upper management",
                "the higher-ups", "the ops director and finance", "the head of engineering", "the director of operations",
                "Ben and the leadership team (they read the MI)"})
        void theMembersOwnLeadershipNamedBareIsTheTrap(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("manager-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"the clinic's operations manager", "Maria's patients", "store managers in our shops",
                "the ward nurse", "the team lead on each ward", "the hiring manager at each client",
                "the account manager's clients", "the client's leadership team", "my client's manager",
                "the patient – in the end that's who I answer to"})
        void aManagerInTheCustomersWorldIsNotTheTrap(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @Test
        void onTheCustomersCustomerQuestionABareTitleIsTheCustomersOwnButTheMembersManagerIsStillTheTrap() {
            assertThat(fired(PromptKind.CUSTOMERS_CUSTOMER, "the CFO")).isEmpty();
            assertThat(fired(PromptKind.CUSTOMERS_CUSTOMER, "leadership")).isNotEqualTo(Optional.of("manager-as-customer"));
            assertThat(fired(PromptKind.CUSTOMERS_CUSTOMER, "my manager's boss")).contains("manager-as-customer");
            assertThat(fired(PromptKind.CUSTOMERS_CUSTOMER, "Maria")).contains("manager-as-customer");
            assertThat(fired(PromptKind.CUSTOMER, "the CFO")).contains("manager-as-customer");
        }

        @Test
        void appliesToListeningButNotToWhoReliesOnMe() {
            assertThat(fired(PromptKind.LISTENING, "my manager")).contains("manager-as-customer");
            assertThat(fired(PromptKind.RELIES_ON_ME, "my manager")).isEmpty();
        }
    }

    @Nested
    class EveryoneIsCustomer {
        @ParameterizedTest
        @ValueSource(strings = {"everyone", "Everybody!", "anyone who uses it", "all users", "all our customers",
                "internal and external customers", "the whole world", "the whole community", "people in general",
                "the general public", "everyone who visits, so basically the entire city"})
        void everyoneAsCustomerGetsFollowUp(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("everyone");
        }

        @ParameterizedTest
        @ValueSource(strings = {"not everyone: the ward nurse", "everyonegroup lead", "the public health nurse in town"})
        void wordsThatOnlyLookLikeEveryoneAreLeftAlone(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isNotEqualTo(Optional.of("everyone"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"all staff", "every single customer", "our customer base", "internal & external",
                "all of the end users"})
        void aQuantifierOverPeopleInGeneralIsEveryone(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("everyone");
        }

        @ParameterizedTest
        @ValueSource(strings = {"all ward nurses", "every patient on the ward"})
        void aQuantifierOverARoleIsTheRole(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"whoever signs the loadsheet", "whoever's name is on the order", "whoever is on call"})
        void whoeverPicksOutOnePersonByWhatTheyDo(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"the night crew, all of them", "not sure anyone reads it, to be fair",
                "we can't discharge anyone until pharmacy signs", "the ward clerks; nobody else"})
        void aQuantifierTurnedRoundByANegationOrBackToANamedGroupIsNotEveryone(String answer) {
            assertThat(fired(PromptKind.RELIES_ON_ME, answer)).isEmpty();
        }

        @Test
        void aNegationInAnotherClauseDoesNotHideEveryone() {
            assertThat(fired(PromptKind.RELIES_ON_ME, "not the nurses, everyone else")).contains("everyone");
        }

        @Test
        void doesNotApplyToWhatEnablesTheOutcome() {
            assertThat(fired(PromptKind.ENABLERS, "Everyone pairing with nurses on rounds")).isEmpty();
        }
    }

    @Nested
    class TooManyCustomers {
        @Test
        void longListOfCustomersGetsFollowUp() {
            assertThat(fired(PromptKind.CUSTOMER, "nurses, doctors, patients and pharmacists")).contains("too-many");
            assertThat(fired(PromptKind.CUSTOMER, "- nurses\n- doctors\n- patients\n- porters")).contains("too-many");
        }

        @Test
        void threeOrFewerAreFine() {
            assertThat(fired(PromptKind.CUSTOMER, "nurses, doctors and patients")).isEmpty();
            assertThat(fired(PromptKind.CUSTOMER, "the nurse who discharges patients and families")).isEmpty();
        }

        @Test
        void aPieceThatDescribesTheCustomerBeforeItIsNotAnotherCustomer() {
            assertThat(fired(PromptKind.CUSTOMER, "the freelancer filing her own return, w/ 3 1099s and a shoebox of receipts"))
                    .isEmpty();
            assertThat(fired(PromptKind.CUSTOMER, "nurses, with doctors, for patients and porters")).isEmpty();
            assertThat(fired(PromptKind.CUSTOMER, "nurses, doctors, withdrawn patients and porters")).contains("too-many");
        }

        @Test
        void onlyCustomerQuestionsCountLists() {
            assertThat(fired(PromptKind.NOT_CUSTOMER, "vendors, press, board, auditors")).isEmpty();
        }
    }

    @Nested
    class ResourceAsCustomer {
        @ParameterizedTest
        @ValueSource(strings = {"a journalist at the local paper", "the press", "our vendors", "the supplier",
                "the agency", "Jira", "the system", "the CRM"})
        void resourceNamedAsCustomerGetsFollowUp(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("resource-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"nurses under pressure", "the nurse who uses the app", "impressed patients"})
        void wordsContainingAResourceAreNotOne(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"the suppliers tbh, I'm on the phone with them all day", "wholesalers", "distributors",
                "the trade press", "the local paper", "reporters at the evening news", "the TV station",
                "the recruitment agency", "the vendor's engineers", "the cleaning contractor's staff when it breaks",
                "our hosting provider's support line"})
        void aSupplierAnIntermediaryOrThePressOrSomeoneOfTheirsIsAResource(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("resource-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"our contractors", "my consultants", "the freelancers we hire for peak"})
        void contractorsFreelancersAndConsultantsOfOursAreResources(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("resource-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"The freelancer filing her own return", "freelancers", "self-employed consultants",
                "supplier quality engineers at the plant", "the media buyer at each agency",
                "the funding agency's programme officer", "healthcare providers"})
        void aResourceWordThatDescribesTheCustomerIsNotTheTrap(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Salesforce tbh", "the Salesforce instance", "our AWS account", "our TMS", "PagerDuty",
                "Jira tickets", "the client app – it consumes my APIs", "the robot lol, if it's down nothing ships",
                "our data platform", "the ERP", "the helpdesk queue", "clinics in our network", "the handheld scanners",
                "Tableau dashboards"})
        void softwareOrOurNetworkNamedAsTheCustomerIsAResource(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("resource-as-customer");
        }

        @ParameterizedTest
        @ValueSource(strings = {"nurses using the portal", "Salesforce admins at our clients", "app users", "key accounts",
                "our biggest account", "dispatchers who work the queue", "scanner operators on the night shift",
                "device owners"})
        void peopleWhoUseSoftwareOrAreCalledAccountsAreNotSoftware(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @Test
        void onTheListeningQuestionAChannelIsHowCustomersAreHeardButAProductOrAVendorIsNot() {
            assertThat(fired(PromptKind.LISTENING, "the helpdesk queue, all day")).isEmpty();
            assertThat(fired(PromptKind.LISTENING, "the support inbox")).isEmpty();
            assertThat(fired(PromptKind.LISTENING, "the Zendesk queue")).contains("resource-as-customer");
            assertThat(fired(PromptKind.LISTENING, "google analytics 😅")).contains("resource-as-customer");
            assertThat(fired(PromptKind.LISTENING, "the ISP's support line")).contains("resource-as-customer");
        }

        @Test
        void resourcesBelongOnTheNotOurCustomerQuestion() {
            assertThat(fired(PromptKind.NOT_CUSTOMER, "the press and our vendors")).isEmpty();
        }
    }

    @Nested
    class GroupNotPerson {
        @ParameterizedTest
        @ValueSource(strings = {"the business", "The Company.", "our organisation", "stakeholders",
                "key stakeholders in finance", "management", "the board"})
        void groupInsteadOfAPersonGetsFollowUp(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isPresent().get().isIn("group-not-person", "manager-as-customer");
        }

        @Test
        void aPersonInsideABusinessIsAPerson() {
            assertThat(fired(PromptKind.CUSTOMER, "small business owners")).isEmpty();
            assertThat(fired(PromptKind.CUSTOMER, "the company's payroll clerk")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"the business tbh, they want the numbers", "the company I suppose", "the board i guess",
                "the company – every claim we stop saves us money", "our parent company (they fund us)",
                "the business side", "the entire sales org"})
        void aGroupNamedFirstIsAGroupWhateverFollows(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("group-not-person");
        }

        @ParameterizedTest
        @ValueSource(strings = {"the university", "the school district", "the council", "the hospital", "the library",
                "the NGO we fund", "finance", "the client's board", "the client's leadership"})
        void institutionsAndFunctionsAreGroups(String answer) {
            assertThat(fired(PromptKind.CUSTOMERS_CUSTOMER, answer)).contains("group-not-person");
        }

        @ParameterizedTest
        @ValueSource(strings = {"the IT department", "the stroke unit", "the research group", "the children's hospital",
                "the grant committee", "the team as a whole", "IT"})
        void aUnitOfAnInstitutionOrAnythingTakenWholeIsAGroup(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("group-not-person");
        }

        @ParameterizedTest
        @ValueSource(strings = {"small business", "the clinic receptionist", "the ward clerk on nights", "the practice nurse"})
        void aQualifiedBusinessOrAPersonOfAnInstitutionIsNotAGroup(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"the school nurse", "the district nurse", "university students applying for aid",
                "the business owner who does her own books", "hospital pharmacists", "the library member with a late book",
                "the trial team (two associates + a partner)"})
        void aPersonNamedByTheirInstitutionOrASmallTeamNamedByItsPeopleIsNotAGroup(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }
    }

    @Nested
    class VagueAnswer {
        @ParameterizedTest
        @ValueSource(strings = {"idk", "I don't know", "n/a", "?", "...", "-", "TBD", "not sure", "dunno", "none"})
        void nonAnswersAreAskedAgainWithTheExample(String answer) {
            Optional<Nudge> nudge = RULES.firstNudge(prompt(PromptKind.CUSTOMER), answer, ANA, Set.of());
            assertThat(nudge).map(Nudge::ruleId).contains("vague");
            assertThat(nudge.orElseThrow().followUp()).contains("The ward nurse who signs off discharges.");
        }

        @Test
        void oneWordIsVagueWhereASentenceIsAskedButFineForACustomer() {
            assertThat(fired(PromptKind.OUTCOME, "growth")).contains("vague");
            assertThat(fired(PromptKind.MEASURE, "NPS")).contains("vague");
            assertThat(fired(PromptKind.CUSTOMER, "patients")).isEmpty();
        }

        @Test
        void aRealSentenceIsNotVague() {
            assertThat(fired(PromptKind.OUTCOME, "Patients leave hospital a day sooner")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"not sure tbh", "tbh no idea", "hmm not sure", "dunno tbh", "idk really", "no idea sorry",
                "idk lol 😅", "no clue honestly", "TBD for now"})
        void hedgesAroundANonAnswerLeaveItANonAnswer(String answer) {
            assertThat(fired(PromptKind.LISTENING, answer)).contains("vague");
        }

        @ParameterizedTest
        @ValueSource(strings = {"not sure yet, only my second week 😅", "dunno – I'm new here", "no idea. Ask Ben"})
        void anExcuseAfterIDontKnowLeavesTheQuestionOpen(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).contains("vague");
        }

        @ParameterizedTest
        @ValueSource(strings = {"not sure, maybe the ward nurse", "not sure – the dispatcher?", "idk, the ward nurse"})
        void aGuessAfterIDontKnowIsAnAnswer(String answer) {
            assertThat(fired(PromptKind.CUSTOMER, answer)).isEmpty();
        }

        @Test
        void aHedgedAnswerOrAnAnswerThatStartsLikeANonAnswerIsNotVague() {
            assertThat(fired(PromptKind.MEASURE, "OTP i think")).isEmpty();
            assertThat(fired(PromptKind.INPUT_FOR, "same as Ben said really")).isEmpty();
            assertThat(fired(PromptKind.INPUT_FOR, "nobody really. I took over the report last month")).isEmpty();
        }
    }
}
