using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Tests.PlanImport;

namespace Portal.Tests.PlanImport.Eval;

/// <summary>
/// Builds an evaluation plan's .docx from its source (Eval/sources/NAME.src.txt): the first line
/// "#levels chineseCounting:第%1部分 | chineseCounting:%2、 | decimal:%3." defines the list, "N|text" is a paragraph
/// numbered at list level N (its label lives only in numbering.xml, as Word writes it), any other line a plain
/// paragraph. The levels are given by hand, so the reader's label rules play no part in making the file.
/// </summary>
public static class EvalDocx
{
    public static byte[] Build(string source)
    {
        var lines = source.Replace("\r", "").Split('\n').Where(l => l.Length > 0).ToList();
        var levels = lines[0]["#levels".Length..].Split('|').Select(l => l.Trim().Split(':', 2))
            .Select(p => (new NumberFormatValues(p[0]), p[1])).ToList();
        var paragraphs = lines.Skip(1).Select(l => l.Length > 1 && l[1] == '|' && char.IsAsciiDigit(l[0])
            ? new PlanDocx.Paragraph(l[0] - '0', l[2..])
            : new PlanDocx.Paragraph(null, l)).ToList();
        return PlanDocx.Build(paragraphs, levels);
    }
}
