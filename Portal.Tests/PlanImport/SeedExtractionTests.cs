using System.Text;
using System.Text.Json;
using Portal.Domain.PlanImport;
using Portal.PlanImport;
using Portal.Shared;
using Portal.Tests.Support;
using Portal.Tests.Support.PlanImport;

namespace Portal.Tests.PlanImport;

/// <summary>
/// The 2013 seed in every form an admin may upload: the .txt (UTF-8, UTF-8 with BOM, GB18030), a .docx whose
/// labels live only in numbering.xml (built here with the OpenXml SDK from plan-2013.json), the same re-saved by
/// LibreOffice, and the PDF LibreOffice printed from it (page footers — 1 —, lines broken inside numbers).
/// Each gives exactly the 23 targets of plan-2013.json, no other, and its 8 sections and 41 items.
/// </summary>
public sealed class SeedExtractionTests
{
    private static readonly string SeedText = File.ReadAllText(RepoPaths.Seed("zhejiang-library-2013-work-plan.txt"));

    public static TheoryData<string> Forms => ["txt", "txt-bom", "txt-gb18030", "docx-openxml", "docx-libreoffice", "pdf-libreoffice"];

    private static ExtractedPlan Read(string form)
    {
        var (name, bytes) = form switch
        {
            "txt" => ("plan.txt", Encoding.UTF8.GetBytes(SeedText)),
            "txt-bom" => ("plan.TXT", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SeedText)]),
            "txt-gb18030" => ("plan.txt", TextEncodings.Gb18030.GetBytes(SeedText)),
            "docx-openxml" => ("plan.docx", PlanDocx.Build(PlanDocx.Plan2013())),
            "docx-libreoffice" => ("plan-2013-libreoffice.docx", File.ReadAllBytes(DocumentFixtures.Path("plan-2013-libreoffice.docx"))),
            _ => ("plan-2013-libreoffice.pdf", File.ReadAllBytes(DocumentFixtures.Path("plan-2013-libreoffice.pdf"))),
        };
        return PlanDocuments.Extract(name, new MemoryStream(bytes));
    }

    [Theory, MemberData(nameof(Forms))]
    public void Extract_Seed_FindsExactlyThe23TargetsOfThePlanFile(string form)
    {
        var plan = Read(form);
        var expected = LabelledTexts.Seed2013().Select(l => l.Key).Order().ToList();
        var found = plan.Targets.Select(LabelledTarget.KeyOf).Order().ToList();
        Assert.Equal(expected, found);
        Assert.All(plan.Targets, t => Assert.Equal("year", t.Period));
        var stock = Assert.Single(plan.Targets, t => t.Aggregation == "stock");
        Assert.Equal((290000d, "张", "四.1"), (stock.Value, stock.Unit, stock.Item));
    }

    [Theory, MemberData(nameof(Forms))]
    public void Extract_Seed_HasTheSectionsAndItemsOfThePlanFile(string form)
    {
        var plan = Read(form);
        Assert.Equal("浙江图书馆 2013 年工作要点", plan.Title);
        Assert.Equal(2013, plan.Year);
        Assert.Equal(Outline(PlanFileSections()), Outline(plan.Sections.Select(ToJson)));
        Assert.Equal(8, plan.Sections.Count);
        Assert.Equal(41, plan.Sections.Sum(s => s.Items.Count + s.Sections.Sum(c => c.Items.Count)));
        Assert.Equal(["五(一)", "五(二)"], plan.Sections.Single(s => s.Code == "五").Sections.Select(s => s.Code));
    }

    [Theory, MemberData(nameof(Forms))]
    public void Extract_Seed_QuotesAreExactSubstringsOfTheText(string form)
    {
        var plan = Read(form);
        // The .txt seed is double-spaced (a blank line after every line): it is read single-spaced, as the document is.
        if (form.StartsWith("txt")) Assert.Equal(TextLines.SingleSpaced(SeedText), plan.Text);
        Assert.DoesNotContain("\n\n", plan.Text.Replace("\r", ""));
        if (form.StartsWith("pdf")) Assert.DoesNotContain("—1—", plan.Text); // the page footers are dropped
        foreach (var t in plan.Targets)
        {
            Assert.Equal(t.Quote, plan.Text.Substring(t.Offset, t.Quote.Length));
            Assert.Contains(t.Quote, c => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeral(c));
        }
    }

    /// <summary>Issue 25: the PDF's quotes hold none of its line breaks and are the spans the .docx gives (spaces aside).</summary>
    [Theory]
    [InlineData("docx-libreoffice")]
    [InlineData("pdf-libreoffice")]
    public void Extract_SeedDocxAndPdf_QuotesAreTheSameSpansWithoutLineBreaks(string form)
    {
        static string Key(ExtractedTarget t) => $"{t.Item} {string.Concat(t.Quote.Where(c => c != ' '))}";
        var targets = Read(form).Targets;
        Assert.All(targets, t => Assert.DoesNotContain('\n', t.Quote));
        Assert.Equal(Read("docx-openxml").Targets.Select(Key).Order(), targets.Select(Key).Order());
        Assert.Contains(targets, t => t.Quote == "七期");
    }

    [Fact]
    public void Extract_SeedTxt_QuotesAndNamesAsAPersonWouldMarkThem()
    {
        var targets = PlanExtractor.Extract(SeedText).Targets;
        var local = targets.First();
        Assert.Equal(("三.2", "1800种", "采集地方文献"), (local.Item, local.Quote, local.Name));
        var yearbooks = targets.Single(t => t.Value == 200 && t.Unit == "种");
        Assert.Equal("不少于 200\n\n种", yearbooks.Quote.Replace("\r", ""));
        Assert.Equal("省内各类各级年鉴", yearbooks.Name);
        Assert.Equal("总流通人次", targets.Single(t => t.Unit == "人次").Name);
        Assert.Equal("古籍普查", targets.Single(t => t.Unit == "部").Name);
    }

    private static IEnumerable<JsonElement> PlanFileSections()
    {
        var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Seed("plan-2013.json")));
        return json.RootElement.GetProperty("sections").EnumerateArray();
    }

    private static JsonElement ToJson(ExtractedSection s) => JsonSerializer.SerializeToElement(s, ExtractedPlanJson.Options);

    /// <summary>Codes, titles and item texts (whitespace aside: a PDF puts spaces between 1800 and 种).</summary>
    private static List<string> Outline(IEnumerable<JsonElement> sections)
    {
        var lines = new List<string>();
        foreach (var s in sections)
        {
            lines.Add($"{s.GetProperty("code").GetString()} {s.GetProperty("title").GetString()}");
            lines.AddRange(s.GetProperty("items").EnumerateArray().Select(i =>
                $"{i.GetProperty("code").GetString()} {string.Concat(i.GetProperty("text").GetString()!.Where(c => !char.IsWhiteSpace(c)))}"));
            if (s.TryGetProperty("sections", out var subs)) lines.AddRange(Outline(subs.EnumerateArray()));
        }
        return lines;
    }
}
