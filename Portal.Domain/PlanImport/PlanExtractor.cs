namespace Portal.Domain.PlanImport;

/// <summary>
/// Reads a plan's plain text (already taken out of its .txt, .docx or .pdf) into an <see cref="ExtractedPlan"/>:
/// sections, items and candidate targets. Plain C#, no I/O. The rules live in this folder (issue 12).
/// </summary>
public static class PlanExtractor
{
    // Placeholder until the extraction branch lands: the contract is fixed, the rules are not written yet.
    public static ExtractedPlan Extract(string text) =>
        new("", null, [], []) { Text = text };
}
