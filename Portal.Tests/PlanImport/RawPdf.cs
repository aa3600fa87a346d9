using System.Text;

namespace Portal.Tests.PlanImport;

/// <summary>
/// Writes minimal PDFs by hand for the cases no office program produces on purpose: a page whose font has no
/// Unicode map (a Type0 font with Identity-H encoding and no ToUnicode, as in some government PDFs), next to a page
/// with a standard font.
/// </summary>
public static class RawPdf
{
    /// <summary>One page per entry: (true, hex glyph ids) for the unmapped CID font, (false, ASCII text) for Helvetica.</summary>
    public static byte[] Pages(params (bool Unmapped, string Content)[] pages)
    {
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>", "" };
        const int fonts = 3; // 3: Type0 font, 4: its CID font, 5: its descriptor, 6: Helvetica
        objects.Add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] >>");
        objects.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>");
        objects.Add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
        objects.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var kids = new List<int>();
        foreach (var (unmapped, content) in pages)
        {
            var stream = unmapped ? $"BT /F1 12 Tf 72 700 Td <{content}> Tj ET" : $"BT /F2 12 Tf 72 700 Td ({content}) Tj ET";
            objects.Add($"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream");
            var contentId = objects.Count;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {fonts} 0 R /F2 6 0 R >> >> /Contents {contentId} 0 R >>");
            kids.Add(objects.Count);
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
