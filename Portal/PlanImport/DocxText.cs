using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Domain;

namespace Portal.PlanImport;

/// <summary>
/// The text of a .docx: one line per paragraph (tables included), each with the label Word shows for it from
/// numbering.xml, so that "一、" "（一）" "1." are in the text as they are on the page.
/// </summary>
public static class DocxText
{
    public static string Read(Stream content)
    {
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(content, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new DomainException(ImportMessages.Text["Docx.Unreadable"]);
        }
        using (document)
        {
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new DomainException(ImportMessages.Text["Docx.NoBody"]);
            var numbering = new DocxNumbering(main!);
            var text = new StringBuilder();
            // A text box is written twice (DrawingML and its VML fallback): read the first only.
            foreach (var paragraph in body.Descendants<Paragraph>().Where(p => !p.Ancestors<AlternateContentFallback>().Any()))
            {
                var label = numbering.LabelOf(paragraph);
                text.Append(label).Append(TextOf(paragraph)).Append('\n');
            }
            return text.ToString();
        }
    }

    /// <summary>The visible text of a paragraph: its runs' text, tabs as spaces; deleted text and field codes left out.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when t.Parent is Run: // w:t; deleted text is w:delText, field codes w:instrText
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break:
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }
}
