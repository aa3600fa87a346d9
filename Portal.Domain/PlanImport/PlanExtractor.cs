namespace Portal.Domain.PlanImport;

/// <summary>
/// Reads a plan's plain text (already taken out of its .txt, .docx or .pdf) into an <see cref="ExtractedPlan"/>:
/// the outline (<see cref="OutlineParser"/>) and, in every item, the candidate targets (<see cref="TargetFinder"/>).
/// Plain C#, no I/O. The rules and the choices behind them: docs/adr/012-plan-extraction-rules.md.
/// </summary>
public static class PlanExtractor
{
    public static ExtractedPlan Extract(string text)
    {
        var outline = OutlineParser.Parse(text);
        var targets = outline.Items.SelectMany(item => TargetFinder.Find(text, item, outline.Year)).ToList();
        return new ExtractedPlan(outline.Title, outline.Year, outline.Sections, targets) { Text = text };
    }
}
