using System.Text;
using Portal.Shared;

namespace Portal.Tests.Figures;

/// <summary>Formula-safe CSV: what a spreadsheet would run is written as text, numbers stay numbers, and nothing is lost.</summary>
public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点我\")", "'=HYPERLINK(\"http://evil.example\",\"点我\")")]
    [InlineData("+86 571 8798 8588", "'+86 571 8798 8588")]
    [InlineData("-3 较上月减少", "'-3 较上月减少")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("'=已经转义过", "''=已经转义过")]
    [InlineData("'98 洪水后补录", "''98 洪水后补录")]
    [InlineData("含流动服务点", "含流动服务点")]
    [InlineData("1=1", "1=1")]
    [InlineData("", "")]
    public void Neutralise_TextThatStartsLikeAFormula_GetsOneApostrophe(string text, string written)
    {
        Assert.Equal(written, CsvFormula.Neutralise(text));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("-5")]
    [InlineData("'")]
    [InlineData("''")]
    [InlineData("'=x")]
    [InlineData("''=x")]
    [InlineData("'98 洪水后补录")]
    [InlineData("@")]
    [InlineData("普通备注")]
    public void Restore_WhatNeutraliseWrote_GivesBackTheSameText(string text)
    {
        Assert.Equal(text, CsvFormula.Restore(CsvFormula.Neutralise(text)));
    }

    [Theory]
    [InlineData("'98 洪水后补录")] // written by hand: an apostrophe before an ordinary character is kept
    [InlineData("'")]
    [InlineData("普通备注")]
    public void Restore_HandWrittenApostropheBeforeText_IsKept(string cell)
    {
        Assert.Equal(cell, CsvFormula.Restore(cell));
    }

    [Fact]
    public void Restore_ApostropheBeforeAFormulaCharacter_ComesOff()
    {
        Assert.Equal("=1+1", CsvFormula.Restore("'=1+1")); // what Excel shows as =1+1 typed as text
    }

    [Fact]
    public void SafeCsvWriter_NegativeNumberAndNegativeText_NumberStaysANumber()
    {
        using var stream = new MemoryStream();
        using (var csv = SafeCsvWriter.Create(stream).Header(["变化", "说明"]))
        {
            csv.Number(-3.5, "0.0");
            csv.Text("-3.5");
            csv.EndRecord();
            csv.Number((double?)null);
            csv.Text(null);
            csv.EndRecord();
        }

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("变化,说明\r\n-3.5,'-3.5\r\n,\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
