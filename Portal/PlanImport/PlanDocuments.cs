using Portal.Domain;
using Portal.Domain.PlanImport;
using Portal.Shared;

namespace Portal.PlanImport;

/// <summary>
/// Reads an uploaded plan document (.txt, .docx, .pdf) into an <see cref="ExtractedPlan"/>: the file's text by its
/// format, then the domain's <see cref="PlanExtractor"/>. Used by `plan extract` and the upload page. A file it
/// cannot read is refused with a <see cref="DomainException"/> that says what to do.
/// </summary>
public static class PlanDocuments
{
    /// <summary>Larger than any 工作要点; a bigger upload is not a plan.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public static readonly string[] Extensions = [".docx", ".pdf", ".txt"];

    public static ExtractedPlan Extract(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var text = extension switch
        {
            ".txt" => TextLines.SingleSpaced(TextEncodings.Decode(ReadAll(content))),
            ".docx" => DocxText.Read(new MemoryStream(ReadAll(content))),
            ".pdf" => PdfText.Read(new MemoryStream(ReadAll(content))),
            ".doc" or ".wps" => throw new DomainException(ImportMessages.Text.Format("Document.OldWord", extension)),
            _ => throw new DomainException(ImportMessages.Text.Format("Document.Unsupported", Path.GetFileName(fileName))),
        };
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException(ImportMessages.Text.Format("Document.NoText", Path.GetFileName(fileName)));
        var plan = PlanExtractor.Extract(text);
        // Any outline is read, and a text without one becomes a list of paragraphs: only a title alone is refused.
        if (plan.Sections.Count == 0)
            throw new DomainException(ImportMessages.Text.Format("Document.OnlyTitle", Path.GetFileName(fileName)));
        return plan;
    }

    private static byte[] ReadAll(Stream content)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw new DomainException(ImportMessages.Text.Format("Document.TooLarge", MaxBytes / 1024 / 1024));
        }
        return buffer.ToArray();
    }
}
