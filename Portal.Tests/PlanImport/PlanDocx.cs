using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Tests.Support;

namespace Portal.Tests.PlanImport;

/// <summary>
/// Writes a plan as Word does when its author uses a multi-level list: the labels "一、", "（一）" and "1." live
/// only in numbering.xml (chineseCounting, chineseCounting, decimal), the paragraphs hold the bare text, and the
/// footer holds "— PAGE —". Built from seeds/plan-2013.json, the transcription made by hand, not by the extractor.
/// </summary>
public static class PlanDocx
{
    /// <summary>A paragraph: list level 0 (section), 1 (sub-section), 2 (item), or null for a plain paragraph.</summary>
    public sealed record Paragraph(int? Level, string Text);

    public static IReadOnlyList<Paragraph> FromPlanFile(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var paragraphs = new List<Paragraph> { new(null, json.RootElement.GetProperty("title").GetString()!) };
        foreach (var section in json.RootElement.GetProperty("sections").EnumerateArray()) Add(section, 0, paragraphs);
        return paragraphs;
    }

    public static IReadOnlyList<Paragraph> Plan2013() => FromPlanFile(RepoPaths.Seed("plan-2013.json"));

    private static void Add(JsonElement section, int level, List<Paragraph> paragraphs)
    {
        paragraphs.Add(new(level, section.GetProperty("title").GetString()!));
        foreach (var item in section.GetProperty("items").EnumerateArray()) paragraphs.Add(new(2, item.GetProperty("text").GetString()!));
        if (section.TryGetProperty("sections", out var subs))
            foreach (var sub in subs.EnumerateArray()) Add(sub, 1, paragraphs);
    }

    /// <summary>The seed's list: "一、", "（一）", "1.".</summary>
    private static readonly (NumberFormatValues Format, string Text)[] SeedLevels =
        [(NumberFormatValues.ChineseCounting, "%1、"), (NumberFormatValues.ChineseCounting, "（%2）"), (NumberFormatValues.Decimal, "%3.")];

    /// <param name="levels">Each list level's number format and text (%1 for level 0…); the seed's when null.</param>
    public static byte[] Build(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<(NumberFormatValues Format, string Text)>? levels = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum((levels ?? SeedLevels).Select((l, i) => Level(i, l.Format, l.Text)))
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
            var body = new Body(paragraphs.Select(ToParagraph));
            body.Append(new SectionProperties(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text },
            new LevelSuffix { Val = LevelSuffixValues.Nothing })
        { LevelIndex = index };

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph ToParagraph(Paragraph p)
    {
        var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph();
        if (p.Level is { } level)
            paragraph.Append(new ParagraphProperties(new NumberingProperties(
                new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })));
        paragraph.Append(new Run(new Text(p.Text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
