package com.claritycoach.core.coaching.rules;

import java.util.regex.Pattern;

/**
 * Software or a machine named as if it were a person: a well-known product ("Salesforce",
 * "PagerDuty"), a kind of system by its usual acronym ("the CRM", "our TMS"), or a system or machine
 * noun at the end of a short phrase ("the client app", "our data platform", "the Salesforce
 * instance", "Jira tickets", "the handheld scanners"); "account" only
 * after a product ("our AWS account"), as "our biggest account" is a customer. Channels where people's
 * requests arrive ("the helpdesk queue", "the inbox", "alerts") are told apart, because listening to
 * them is listening to customers. Matched against the whole noun phrase an answer names first, so
 * people who use a system stay people ("nurses who use the app", "Salesforce admins", "app users").
 */
final class Systems {
    private static final String PRODUCTS = "salesforce|sap|oracle|workday|netsuite|dynamics 365|sharepoint|jira|"
            + "confluence|servicenow|hubspot|zendesk|freshdesk|intercom|gainsight|github|gitlab|bitbucket|"
            + "jenkins|circleci|aws|azure|gcp|google cloud|kubernetes|k8s|docker|terraform|ansible|airflow|kafka|"
            + "postgres|mysql|mongodb|elasticsearch|kibana|slack|ms teams|microsoft teams|google drive|dropbox|"
            + "docusign|pagerduty|opsgenie|datadog|splunk|grafana|prometheus|new relic|sentry|tableau|power ?bi|"
            + "looker|qlik|excel|google sheets|google analytics|ga4|mixpanel|amplitude|snowflake|databricks|"
            + "bigquery|redshift|stripe|shopify|magento|wordpress|twilio|okta|mailchimp|marketo|notion|asana|"
            + "trello|airtable|figma|miro|westlaw|lexisnexis|lexis|relativity|clio|imanage|epic|cerner|meditech|"
            + "athenahealth|xero|quickbooks|sage|concur|turbotax|lacerte|ultratax|guidewire|blackbaud|"
            + "raiser's edge|benchling|overdrive|samsara";
    private static final String ACRONYMS = "crm|erp|tms|wms|pms|ehr|emr|lms|cms|hris|hrms|itsm|mes|scada|gis|dms|ats|"
            + "cmdb|bi|pos|lims";
    /** Nouns for software, what it is made of or shows, and machines; "board" only as a work board. */
    private static final String SOFTWARE = "systems?|platforms?|database|db|apps?|application|apis?|servers?|backend|"
            + "frontend|pipelines?|cloud|tools?|tooling|software|instance|tenant|workspace|logs?|dashboards?|"
            + "spreadsheets?|sheet|portal|website|bots?|chatbot|robots?|machines?|models?|algorithm|integrations?|"
            + "endpoints?|cluster|repo|codebase|data|(?:kanban|scrum|sprint|project|task) board|hardware|"
            + "equipment|devices?|scanners?|printers?|instruments?|sensors?|kiosks?|terminals?";
    private static final String CHANNELS = "queue|backlog|tickets?|alerts?|inbox|mailbox|feeds?|support line|"
            + "phone line|helpline|hotline";

    private static final Pattern PRODUCT = Pattern.compile("^(?:" + PRODUCTS + "|" + ACRONYMS + ")"
            + "(?: (?:" + SOFTWARE + "|" + CHANNELS + "|account|board|org|project|pages?|reports?))?$");
    private static final Pattern SYSTEM = Pattern.compile("^(?:[\\w.'&-]+ ){0,2}(?:" + SOFTWARE + ")$");
    private static final Pattern CHANNEL = Pattern.compile("^(?:[\\w.'&-]+ ){0,2}(?:" + CHANNELS + ")$");

    private Systems() {
    }

    /** Whether {@code phrase} (lower case, without leading articles) names software rather than a person. */
    static boolean software(String phrase) {
        return PRODUCT.matcher(phrase).matches() || SYSTEM.matcher(phrase).matches();
    }

    /** Whether {@code phrase} names a channel that people's requests come through, not its product. */
    static boolean channel(String phrase) {
        return CHANNEL.matcher(phrase).matches();
    }
}
