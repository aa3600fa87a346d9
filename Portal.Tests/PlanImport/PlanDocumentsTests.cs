using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Domain;
using Portal.PlanImport;

namespace Portal.Tests.PlanImport;

/// <summary>Reading uploaded files: formats, encodings, Word numbering, and every kind of bad file refused in Chinese.</summary>
public sealed class PlanDocumentsTests
{
    private const string Small = "嘉兴市图书馆 2019 年工作要点\n一、读者服务\n1. 全年外借图书 120万册次以上。\n2. 举办讲座 80场。\n";

    private static DomainException Refused(string name, byte[] bytes) =>
        Assert.Throws<DomainException>(() => PlanDocuments.Extract(name, new MemoryStream(bytes)));

    [Fact]
    public void Extract_Gb18030Text_ReadsTheChinese()
    {
        var plan = PlanDocuments.Extract("plan.txt", new MemoryStream(Portal.Shared.TextEncodings.Gb18030.GetBytes(Small)));
        Assert.Equal("嘉兴市图书馆 2019 年工作要点", plan.Title);
        Assert.Equal([1200000d, 80d], plan.Targets.Select(t => t.Value));
    }

    [Fact]
    public void Extract_Utf16TextWithBom_ReadsTheChinese()
    {
        var plan = PlanDocuments.Extract("plan.txt", new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Small)]));
        Assert.Equal(2019, plan.Year);
    }

    [Theory]
    [InlineData("plan.xlsx", "不支持")]
    [InlineData("plan.doc", "另存为 .docx")]
    [InlineData("plan", "不支持")]
    public void Extract_UnsupportedExtension_SaysWhichFormatsWork(string name, string expected)
    {
        var e = Refused(name, Encoding.UTF8.GetBytes(Small));
        Assert.Contains(expected, e.Message);
        Assert.Contains(".docx", e.Message);
    }

    [Fact]
    public void Extract_BrokenDocx_SaysToSaveAgain()
    {
        var e = Refused("plan.docx", Encoding.UTF8.GetBytes("PK this is not a zip"));
        Assert.Contains("无法打开", e.Message);
        Assert.Contains("另存为 .docx", e.Message);
    }

    [Fact]
    public void Extract_BrokenPdf_SaysToUploadAnotherForm()
    {
        var e = Refused("plan.pdf", Encoding.UTF8.GetBytes("%PDF-1.4 truncated"));
        Assert.Contains("无法打开", e.Message);
    }

    [Fact]
    public void Extract_EmptyText_SaysTheFileHasNoText()
    {
        Assert.Contains("没有文字", Refused("plan.txt", Encoding.UTF8.GetBytes("\uFEFF  \r\n")).Message);
    }

    [Fact]
    public void Extract_TextWithoutNumbering_IsReadAsOneItemPerParagraph()
    {
        var plan = PlanDocuments.Extract("notes.txt", new MemoryStream(Encoding.UTF8.GetBytes("某县图书馆2020年工作计划\n全年接待读者 40万人次。\n新建城市书房 2家。\n")));
        Assert.Equal(["一.1", "一.2"], Assert.Single(plan.Sections).Items.Select(i => i.Code));
        Assert.Equal([(400000d, "一.1"), (2d, "一.2")], plan.Targets.Select(t => (t.Value, t.Item)));
    }

    [Fact]
    public void Extract_TitleAlone_SaysThereIsNoText()
    {
        var e = Refused("notes.txt", Encoding.UTF8.GetBytes("会议纪要\n"));
        Assert.Contains("没有正文", e.Message);
    }

    [Fact]
    public void Extract_PdfPageWithUnmappedFont_RefusesNamingThePage()
    {
        var pdf = RawPdf.Pages((false, "Work plan 2019"), (true, "0F2A0B3C1D4E2F5A0F2A0B3C"));
        var e = Refused("plan.pdf", pdf);
        Assert.Contains("第 2 页", e.Message);
        Assert.Contains("无法识别", e.Message);
    }

    [Fact]
    public void Extract_PdfOfSubsetGlyphIds_RefusesThePage()
    {
        // A subset font numbers its glyphs 1, 2, 3…: without a map they come out as control characters.
        var e = Refused("plan.pdf", RawPdf.Pages((true, "000100020003000400050006")));
        Assert.Contains("第 1 页", e.Message);
    }

    [Fact]
    public void Extract_PdfWithoutText_SaysItMayBeAScan()
    {
        var e = Refused("scan.pdf", RawPdf.Pages((false, "")));
        Assert.Contains("扫描件", e.Message);
    }

    [Fact]
    public void Extract_DocxNumberedByHeadingStyles_ReadsTheLabelsFromTheStyles()
    {
        var plan = PlanDocuments.Extract("plan.docx", new MemoryStream(StyleNumberedDocx()));
        Assert.Equal(["一", "二"], plan.Sections.Select(s => s.Code));
        Assert.Equal(["一.1", "一.2"], plan.Sections[0].Items.Select(i => i.Code));
        Assert.Equal(["二.1"], plan.Sections[1].Items.Select(i => i.Code));
        Assert.Equal([(1200000d, "一.1"), (80d, "一.2"), (3d, "二.1")], plan.Targets.Select(t => (t.Value, t.Item)));
    }

    /// <summary>
    /// Sections numbered by a "Heading1" style (list 1, chineseCounting "%1、"), items by direct numbering from a
    /// second list whose instance restarts at 1 in every section (lvlOverride/startOverride), as Word writes them.
    /// </summary>
    private static byte[] StyleNumberedDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "heading 1" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            Level Level(NumberFormatValues format, string text) =>
                new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 };
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(Level(NumberFormatValues.ChineseCounting, "%1、")) { AbstractNumberId = 10 },
                new AbstractNum(Level(NumberFormatValues.Decimal, "%1.")) { AbstractNumberId = 20 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 20 },
                    new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 3 });
            Paragraph Heading(string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(text)));
            Paragraph Item(int numId, string text) => new(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })),
                new Run(new Text(text)));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("嘉兴市图书馆 2019 年工作要点"))),
                Heading("读者服务"),
                Item(2, "全年外借图书 120万册次以上。"),
                Item(2, "举办讲座 80场。"),
                Heading("队伍建设"),
                Item(3, "举办业务培训班三期。")));
        }
        return stream.ToArray();
    }
}
