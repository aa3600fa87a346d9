using System.Text;
using Portal.Figures;
using Portal.Figures.Csv;
using Portal.Figures.EntryFiles;

namespace Portal.Tests.Figures;

/// <summary>An .xlsx is read as the CSV the import already knows: same rows, numbers as numbers, text kept exactly.</summary>
public sealed class XlsxAsCsvTests
{
    private static readonly EntrySheetLine[] Lines =
    [
        new("circulation.loans", "外借文献", "reader-services", "读者服务部", 3, 98_450, "册次", "=含流动服务点, \"自助\""),
        new("readers.new-cards", "新办读者证", "reader-services", "读者服务部", 3, null, "张", null),
        new("circulation.visits", "总流通人次", "reader-services", "读者服务部", 3, 212_000.5, "人次", "'98 洪水"),
    ];

    [Fact]
    public void Convert_TheEntrySheet_GivesItsRowsAsCsvLines()
    {
        var (csv, error) = XlsxAsCsv.Convert(EntrySheetXlsx.Write(Lines, "3月 读者服务部"));

        Assert.Null(error);
        var text = Encoding.UTF8.GetString(csv!).TrimStart('\uFEFF');
        Assert.Equal(
            "指标代码,指标名称,部门代码,部门,月份,数值,单位,备注\r\n"
            + "circulation.loans,外借文献,reader-services,读者服务部,3,98450,册次,\"'=含流动服务点, \"\"自助\"\"\"\r\n"
            + "readers.new-cards,新办读者证,reader-services,读者服务部,3,,张,\r\n"
            + "circulation.visits,总流通人次,reader-services,读者服务部,3,212000.5,人次,''98 洪水\r\n", text);
    }

    [Fact]
    public void Read_TheConvertedSheet_SkipsTheUnreportedKpiAndKeepsTheNotesExactly()
    {
        var parsed = FigureCsvReader.Read(XlsxAsCsv.Convert(EntrySheetXlsx.Write(Lines, "3月")).Csv);

        Assert.Empty(parsed.Errors);
        Assert.Equal([2, 4], parsed.Lines); // Excel's row numbers: the blank KPI on row 3 is skipped
        Assert.Equal(new FigureWrite("circulation.loans", "reader-services", 3, 98_450, "=含流动服务点, \"自助\"", null), parsed.Writes[0]);
        Assert.Equal(new FigureWrite("circulation.visits", "reader-services", 3, 212_000.5, "'98 洪水", null), parsed.Writes[1]);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0x21, 0x21 })]
    public void Convert_NotAWorkbook_SaysSoInChinese(byte[] file)
    {
        var (csv, error) = XlsxAsCsv.Convert(file);

        Assert.Null(csv);
        Assert.Contains("不是有效的 .xlsx 文件", error);
    }
}
