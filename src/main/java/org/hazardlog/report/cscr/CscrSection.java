package org.hazardlog.report.cscr;

/** The sections of a Clinical Safety Case Report, in the order of the DCB0129 implementation guidance (Table 6). */
public enum CscrSection {
    INTRODUCTION(1, "Introduction", "01-introduction.md"),
    SYSTEM_DEFINITION(2, "System definition / overview", "02-system-definition.md"),
    RISK_MANAGEMENT_SYSTEM(3, "Clinical risk management system", "03-clinical-risk-management-system.md"),
    RISK_ANALYSIS(4, "Clinical risk analysis", "04-clinical-risk-analysis.md"),
    RISK_EVALUATION(5, "Clinical risk evaluation", "05-clinical-risk-evaluation.md"),
    RISK_CONTROL(6, "Clinical risk control", "06-clinical-risk-control.md"),
    HAZARD_LOG(7, "Hazard log", "07-hazard-log.md"),
    TEST_ISSUES(8, "Test issues", "08-test-issues.md"),
    SUMMARY_SAFETY_STATEMENT(9, "Summary safety statement", "09-summary-safety-statement.md"),
    QUALITY_ASSURANCE(10, "Quality assurance and document approval", "10-quality-assurance.md"),
    CONFIGURATION_CONTROL(11, "Configuration control / management", "11-configuration-control.md");

    private final int number;
    private final String title;
    private final String template;

    CscrSection(int number, String title, String template) {
        this.number = number;
        this.title = title;
        this.template = template;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The heading as printed: "4 Clinical risk analysis". */
    public String heading() {
        return number + " " + title;
    }

    public String template() {
        return template;
    }
}
